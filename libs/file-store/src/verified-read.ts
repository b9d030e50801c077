import { Transform, TransformCallback } from 'node:stream';
import { Hash } from 'node:crypto';
import { hasher } from '@hazard-ledger/event-store';
import { ByteRange, FileDigest } from './file-store.port';

/** The stored bytes do not hash to their address: they were altered (or damaged) after they were stored. */
export class FileAltered extends Error {
  constructor(
    readonly digest: FileDigest,
    readonly actual: string,
  ) {
    super(`文件 ${digest} 的内容已被改动（实际 ${actual}）/ File ${digest} was altered: its bytes hash to ${actual}`);
  }
}

/**
 * Hashes every stored byte on the way out and passes on only the requested range. The last chunk is held back
 * until the whole file has been hashed: on a mismatch the stream fails before the response is complete, so the
 * client sees a broken transfer, never a complete body of altered bytes.
 */
export class VerifyingRead extends Transform {
  private readonly hash: Hash = hasher('sm3');
  private offset = 0;
  private held: Buffer | undefined;

  constructor(
    private readonly digest: FileDigest,
    private readonly range?: ByteRange,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    const start = this.offset;
    this.offset += chunk.length;
    const from = Math.max(0, (this.range?.start ?? 0) - start);
    const to = Math.min(chunk.length, (this.range ? this.range.end + 1 : Infinity) - start);
    if (to > from) {
      if (this.held) this.push(this.held);
      this.held = chunk.subarray(from, to);
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    const actual = this.hash.digest('hex');
    if (actual !== this.digest) return done(new FileAltered(this.digest, actual));
    if (this.held) this.push(this.held);
    done();
  }
}
