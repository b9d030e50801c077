import { Readable } from 'node:stream';

/** SM3 of the bytes, 64 lowercase hex digits: the address of a file and the digest events cite. */
export type FileDigest = string;

export const FILE_DIGEST = /^[0-9a-f]{64}$/;

export interface StoredFile {
  digest: FileDigest;
  size: number;
  /** False when the same bytes were already held: nothing was written. */
  created: boolean;
}

/** Inclusive byte offsets, as in an HTTP Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Content-addressed, immutable evidence files. There is no overwrite and no delete: a digest, once held,
 * names the same bytes for ever. Reads return the bytes as stored; callers verify them (verifiedRead).
 */
export interface FileStore {
  /** Streams the bytes in while hashing them; the same bytes twice are stored once. A failing source stores nothing. */
  put(bytes: Readable): Promise<StoredFile>;
  /** Undefined when the store does not hold the digest. */
  stat(digest: FileDigest): Promise<{ size: number } | undefined>;
  /** The stored bytes (or a range of them); rejects with FileNotHeld when absent. */
  open(digest: FileDigest, range?: ByteRange): Promise<Readable>;
  /** Every digest held, for the integrity sweep. */
  list(): AsyncIterable<FileDigest>;
}

export const FILE_STORE = Symbol('FILE_STORE');

export class FileNotHeld extends Error {
  constructor(readonly digest: FileDigest) {
    super(`文件 ${digest} 不在存储中 / File ${digest} is not held by the store`);
  }
}
