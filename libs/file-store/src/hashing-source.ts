import { Readable, Transform, TransformCallback } from 'node:stream';
import { Hash } from 'node:crypto';
import { hasher } from '@hazard-ledger/event-store';

/** Passes bytes through unchanged while hashing them with SM3 (the digest events carry) and counting them. */
export class HashingPassThrough extends Transform {
  private readonly hash: Hash = hasher('sm3');
  size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }

  /** Only once the stream has ended. */
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** Starts hashing at once (so an early failure of the source is caught, not unhandled) and forwards its errors. */
export const hashingFrom = (bytes: Readable): HashingPassThrough => {
  const hashing = new HashingPassThrough();
  bytes.on('error', (error) => hashing.destroy(error));
  // Until the caller's pipeline is attached; the pipeline then sees the stream as errored and rejects.
  hashing.on('error', () => undefined);
  return bytes.pipe(hashing);
};
