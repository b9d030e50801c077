import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  HeadObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { hashingFrom } from './hashing-source';
import { ByteRange, FILE_DIGEST, FileDigest, FileNotHeld, FileStore, StoredFile } from './file-store.port';

export interface S3FileStoreOptions {
  bucket: string;
  /** Key prefix, e.g. "evidence/". */
  prefix?: string;
  client: S3ClientConfig;
}

const notFound = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
};

/**
 * An S3-compatible object store (AWS S3, MinIO…). Bytes are uploaded (multipart, streamed) under an incoming key
 * while hashed, then copied to `sm3/<digest>` unless that key exists; the incoming object is then removed.
 * Nothing else ever deletes or overwrites: give the runtime credentials no DeleteObject on `sm3/` in production.
 */
export class S3FileStore implements FileStore {
  private readonly s3: S3Client;

  constructor(private readonly options: S3FileStoreOptions) {
    this.s3 = new S3Client(options.client);
  }

  async put(bytes: Readable): Promise<StoredFile> {
    const incoming = this.key(`incoming/${randomUUID()}`);
    const hashing = hashingFrom(bytes);
    const upload = new Upload({
      client: this.s3,
      params: { Bucket: this.options.bucket, Key: incoming, Body: hashing },
    });
    try {
      await upload.done();
      const digest = hashing.digest();
      const created = (await this.stat(digest)) === undefined;
      if (created)
        await this.s3.send(
          new CopyObjectCommand({
            Bucket: this.options.bucket,
            Key: this.addressOf(digest),
            CopySource: `${this.options.bucket}/${incoming}`,
          }),
        );
      return { digest, size: hashing.size, created };
    } finally {
      await this.s3
        .send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: incoming }))
        .catch(() => undefined);
    }
  }

  async stat(digest: FileDigest): Promise<{ size: number } | undefined> {
    if (!FILE_DIGEST.test(digest)) return undefined;
    try {
      const head = await this.s3.send(
        new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.addressOf(digest) }),
      );
      return { size: head.ContentLength ?? 0 };
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  }

  async open(digest: FileDigest, range?: ByteRange): Promise<Readable> {
    if (!FILE_DIGEST.test(digest)) throw new FileNotHeld(digest);
    try {
      const object = await this.s3.send(
        new GetObjectCommand({
          Bucket: this.options.bucket,
          Key: this.addressOf(digest),
          ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
        }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (notFound(error)) throw new FileNotHeld(digest);
      throw error;
    }
  }

  async *list(): AsyncIterable<FileDigest> {
    let token: string | undefined;
    const prefix = this.key('sm3/');
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.options.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        const name = (object.Key ?? '').slice(prefix.length);
        if (FILE_DIGEST.test(name)) yield name;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** Releases the HTTP connections of the client. */
  close(): void {
    this.s3.destroy();
  }

  private addressOf(digest: FileDigest): string {
    return this.key(`sm3/${digest}`);
  }

  private key(name: string): string {
    return `${this.options.prefix ?? ''}${name}`;
  }
}
