import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, link, mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hashingFrom } from './hashing-source';
import { ByteRange, FILE_DIGEST, FileDigest, FileNotHeld, FileStore, StoredFile } from './file-store.port';

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * The embedded default: `<root>/sm3/<first two hex>/<digest>`, read-only files. Bytes land in `<root>/incoming`
 * first and are hard-linked to their address once hashed: a link never replaces an existing file, so the
 * first copy of a digest stays the one kept.
 */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async put(bytes: Readable): Promise<StoredFile> {
    const hashing = hashingFrom(bytes);
    const incoming = join(this.root, 'incoming');
    const temp = join(incoming, randomUUID());
    try {
      await mkdir(incoming, { recursive: true });
      await pipeline(hashing, createWriteStream(temp, { mode: 0o600 }));
      const digest = hashing.digest();
      const created = await this.settle(temp, digest);
      return { digest, size: hashing.size, created };
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  async stat(digest: FileDigest): Promise<{ size: number } | undefined> {
    if (!FILE_DIGEST.test(digest)) return undefined;
    try {
      return { size: (await stat(this.pathOf(digest))).size };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async open(digest: FileDigest, range?: ByteRange): Promise<Readable> {
    if (!(await this.stat(digest))) throw new FileNotHeld(digest);
    return createReadStream(this.pathOf(digest), range ? { start: range.start, end: range.end } : {});
  }

  async *list(): AsyncIterable<FileDigest> {
    const base = join(this.root, 'sm3');
    const prefixes = await readdir(base).catch((error: unknown) => (isMissing(error) ? [] : Promise.reject(error)));
    for (const prefix of prefixes.sort())
      for (const name of (await readdir(join(base, prefix))).sort()) if (FILE_DIGEST.test(name)) yield name;
  }

  /** Path of a stored file: the integrity sweep's tests alter it behind the system's back. */
  pathOf(digest: FileDigest): string {
    return join(this.root, 'sm3', digest.slice(0, 2), digest);
  }

  private async settle(temp: string, digest: FileDigest): Promise<boolean> {
    await chmod(temp, 0o444);
    await mkdir(join(this.root, 'sm3', digest.slice(0, 2)), { recursive: true });
    try {
      await link(temp, this.pathOf(digest));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }
}
