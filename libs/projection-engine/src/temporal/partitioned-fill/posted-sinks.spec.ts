import { MessageChannel, MessagePort } from 'node:worker_threads';
import { IN_FLIGHT, ChunkMessage, postedSinks } from './posted-sinks';

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

const received = (port: MessagePort) => {
  const got: ChunkMessage[] = [];
  port.on('message', (m: ChunkMessage) => got.push(m));
  return got;
};

// Messages cross the channel asynchronously: wait until they are there (bounded), not for a fixed time.
const until = async (done: () => boolean) => {
  for (let i = 0; i < 1000 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('posted sinks (a worker thread handing COPY chunks to the main thread)', () => {
  // Closed after each test, also a failed one: an open port would keep jest from exiting.
  const open: MessageChannel[] = [];
  const channel = () => {
    const c = new MessageChannel();
    open.push(c);
    return c;
  };
  afterEach(() => {
    for (const c of open.splice(0)) {
      c.port1.close();
      c.port2.close();
    }
  });

  it('moves each chunk with its table and length, and waits once IN_FLIGHT chunks are unacknowledged', async () => {
    const { port1, port2 } = channel();
    const got = received(port2);
    const { sinks, close } = postedSinks(port1);
    const chunks = Array.from({ length: IN_FLIGHT + 1 }, (_, i) => Buffer.alloc(1 << 20, i).subarray(0, 1000 + i));
    for (let i = 0; i < IN_FLIGHT; i++)
      expect(await settled(sinks[i % 2 ? 'valid' : 'history'].write(chunks[i]))).toBe(true);
    const last = sinks.state.write(chunks[IN_FLIGHT]);
    expect(await settled(last)).toBe(false);
    // Moved, not copied: the worker's buffer is gone once posted.
    expect(chunks[0].buffer.byteLength).toBe(0);
    await until(() => got.length === IN_FLIGHT);
    expect(got.map((m) => [m.table, m.length, new Uint8Array(m.bytes)[0]])).toEqual(
      Array.from({ length: IN_FLIGHT }, (_, i) => [i % 2 ? 'valid' : 'history', 1000 + i, i]),
    );
    port2.postMessage({ kind: 'ack' });
    await last;
    await until(() => got.length === IN_FLIGHT + 1);
    expect(got.at(-1)).toMatchObject({ table: 'state', length: 1000 + IN_FLIGHT });
    close();
  });

  it('copies a chunk that shares its memory instead of moving the shared pool', async () => {
    const { port1, port2 } = channel();
    const got = received(port2);
    const { sinks, close } = postedSinks(port1);
    const pooled = Buffer.from('0123456789');
    const neighbour = Buffer.from('still here');
    await sinks.history.write(pooled);
    await until(() => got.length === 1);
    expect(Buffer.from(got[0].bytes, 0, got[0].length).toString()).toBe('0123456789');
    expect(pooled.toString()).toBe('0123456789');
    expect(neighbour.toString()).toBe('still here');
    close();
  });

  it('close() removes its listener, so the worker thread can end', () => {
    const { port1 } = channel();
    const { close } = postedSinks(port1);
    expect(port1.listenerCount('message')).toBe(1);
    close();
    expect(port1.listenerCount('message')).toBe(0);
    port1.close();
  });
});
