import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { hasher } from '@hazard-ledger/event-store';
import { FileNotHeld, FileStore } from './file-store.port';

export interface FileStoreSubject {
  store: FileStore;
  cleanup: () => Promise<void>;
}

const sm3 = (bytes: Buffer): string => hasher('sm3').update(bytes).digest('hex');

const bytesOf = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/** One behavioural contract for every file store adapter: put, get, range, idempotent re-put, missing object. */
export const runFileStoreContract = (name: string, factory: () => Promise<FileStoreSubject>): void => {
  describe(`file store contract: ${name}`, () => {
    let subject: FileStoreSubject;
    beforeAll(async () => (subject = await factory()));
    afterAll(() => subject.cleanup());

    it('stores bytes under their SM3 digest and gives the same bytes back', async () => {
      const bytes = randomBytes(300_000);
      const stored = await subject.store.put(Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));
      expect(stored).toEqual({ digest: sm3(bytes), size: bytes.length, created: true });
      expect((await bytesOf(await subject.store.open(stored.digest))).equals(bytes)).toBe(true);
      expect(await subject.store.stat(stored.digest)).toEqual({ size: bytes.length });
    });

    it('serves an inclusive byte range', async () => {
      const bytes = randomBytes(10_000);
      const { digest } = await subject.store.put(Readable.from([bytes]));
      const part = await bytesOf(await subject.store.open(digest, { start: 100, end: 4099 }));
      expect(part.equals(bytes.subarray(100, 4100))).toBe(true);
    });

    it('stores the same bytes once: a re-put creates nothing and changes nothing', async () => {
      const bytes = Buffer.from(`同一张照片 / the same photo ${Date.now()}`);
      const first = await subject.store.put(Readable.from([bytes]));
      const again = await subject.store.put(Readable.from([bytes]));
      expect(again).toEqual({ ...first, created: false });
      const listed: string[] = [];
      for await (const digest of subject.store.list()) listed.push(digest);
      expect(listed.filter((d) => d === first.digest)).toHaveLength(1);
      expect(await text(await subject.store.open(first.digest))).toBe(bytes.toString());
    });

    it('answers a missing object as not held', async () => {
      const absent = sm3(Buffer.from('never stored'));
      expect(await subject.store.stat(absent)).toBeUndefined();
      await expect(subject.store.open(absent)).rejects.toBeInstanceOf(FileNotHeld);
      await expect(subject.store.open('not-a-digest')).rejects.toBeInstanceOf(FileNotHeld);
    });

    it('stores nothing when the source fails half-way', async () => {
      const before: string[] = [];
      for await (const digest of subject.store.list()) before.push(digest);
      const failing = new Readable({ read() {} });
      failing.push(randomBytes(1000));
      setImmediate(() => failing.destroy(new Error('connection dropped')));
      await expect(subject.store.put(failing)).rejects.toThrow('connection dropped');
      const after: string[] = [];
      for await (const digest of subject.store.list()) after.push(digest);
      expect(after).toEqual(before);
    });
  });
};
