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

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('posted sinks (a worker thread handing COPY chunks to the main thread)', () => {
  it('moves each chunk with its table and length, and waits once IN_FLIGHT chunks are unacknowledged', async () => {
    const { port1, port2 } = new MessageChannel();
    const got = received(port2);
    const { sinks, close } = postedSinks(port1);
    const chunks = Array.from({ length: IN_FLIGHT + 1 }, (_, i) => Buffer.alloc(1 << 20, i).subarray(0, 1000 + i));
    for (let i = 0; i < IN_FLIGHT; i++)
      expect(await settled(sinks[i % 2 ? 'valid' : 'history'].write(chunks[i]))).toBe(true);
    const last = sinks.state.write(chunks[IN_FLIGHT]);
    expect(await settled(last)).toBe(false);
    // Moved, not copied: the worker's buffer is gone once posted.
    expect(chunks[0].buffer.byteLength).toBe(0);
    await tick();
    expect(got.map((m) => [m.table, m.length, new Uint8Array(m.bytes)[0]])).toEqual(
      Array.from({ length: IN_FLIGHT }, (_, i) => [i % 2 ? 'valid' : 'history', 1000 + i, i]),
    );
    port2.postMessage({ kind: 'ack' });
    await last;
    await tick();
    expect(got.at(-1)).toMatchObject({ table: 'state', length: 1000 + IN_FLIGHT });
    close();
    port1.close();
  });

  it('copies a chunk that shares its memory instead of moving the shared pool', async () => {
    const { port1, port2 } = new MessageChannel();
    const got = received(port2);
    const { sinks, close } = postedSinks(port1);
    const pooled = Buffer.from('0123456789');
    const neighbour = Buffer.from('still here');
    await sinks.history.write(pooled);
    await tick();
    expect(Buffer.from(got[0].bytes, 0, got[0].length).toString()).toBe('0123456789');
    expect(pooled.toString()).toBe('0123456789');
    expect(neighbour.toString()).toBe('still here');
    close();
    port1.close();
  });

  it('close() removes its listener, so the worker thread can end', () => {
    const { port1 } = new MessageChannel();
    const { close } = postedSinks(port1);
    expect(port1.listenerCount('message')).toBe(1);
    close();
    expect(port1.listenerCount('message')).toBe(0);
    port1.close();
  });
});
