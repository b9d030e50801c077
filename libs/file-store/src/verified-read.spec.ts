import { randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hasher } from '@hazard-ledger/event-store';
import { FileAltered, VerifyingRead } from './verified-read';

const sm3 = (bytes: Buffer) => hasher('sm3').update(bytes).digest('hex');
const chunksOf = (bytes: Buffer, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

/** Runs the bytes through VerifyingRead and records what a client would have received before the end or the failure. */
const read = async (chunks: Buffer[], digest: string, range?: { start: number; end: number }) => {
  const received: Buffer[] = [];
  const sink = new Writable({ write: (c: Buffer, _e, done) => (received.push(c), done()) });
  const outcome = await pipeline(Readable.from(chunks), new VerifyingRead(digest, range), sink).then(
    () => 'complete',
    (error: unknown) => error,
  );
  return { outcome, body: Buffer.concat(received) };
};

describe('VerifyingRead: every read is verified against the digest', () => {
  const file = randomBytes(100_000);
  const chunks = chunksOf(file, 16_384);

  it('given intact bytes, when read whole, then the client receives them all', async () => {
    const { outcome, body } = await read(chunks, sm3(file));
    expect(outcome).toBe('complete');
    expect(body.equals(file)).toBe(true);
  });

  it('given intact bytes, when a range across chunks is read, then exactly that range is received', async () => {
    const { outcome, body } = await read(chunks, sm3(file), { start: 16_000, end: 50_000 });
    expect(outcome).toBe('complete');
    expect(body.equals(file.subarray(16_000, 50_001))).toBe(true);
  });

  it('given altered bytes, when read, then the stream fails before the last chunk is passed on', async () => {
    const altered = Buffer.from(file);
    altered[99_999] ^= 1;
    const { outcome, body } = await read(chunksOf(altered, 16_384), sm3(file));
    expect(outcome).toBeInstanceOf(FileAltered);
    expect((outcome as FileAltered).actual).toBe(sm3(altered));
    expect(body.length).toBeLessThan(file.length);
  });

  it('given a one-chunk file that was altered, when read, then nothing at all is received', async () => {
    const { outcome, body } = await read([Buffer.from('tampered')], sm3(Buffer.from('original')));
    expect(outcome).toBeInstanceOf(FileAltered);
    expect(body.length).toBe(0);
  });

  it('given altered bytes outside the range, when the range is read, then it still fails (the whole file is hashed)', async () => {
    const altered = Buffer.from(file);
    altered[90_000] ^= 1;
    const { outcome } = await read(chunksOf(altered, 16_384), sm3(file), { start: 0, end: 99 });
    expect(outcome).toBeInstanceOf(FileAltered);
  });
});
