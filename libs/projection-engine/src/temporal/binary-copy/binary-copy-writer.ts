import { ClientBase } from 'pg';
import { Writable } from 'node:stream';
import { openCopy, writeRespectingBackPressure } from '../copy-writer';
import { BINARY_HEADER, BINARY_TRAILER } from './binary-fields';

const CHUNK_BYTES = 1 << 20;

/** Where whole-tuple chunks go: a COPY stream here, or another thread's COPY stream (partitioned fill). */
export interface ChunkSink {
  /** Takes the chunk (the caller does not touch it again); resolves when more may be written. */
  write(chunk: Buffer): Promise<void>;
}

/**
 * Packs tuples into chunks of about 1 MiB that end on a tuple boundary, so chunks from several producers can be
 * interleaved into one COPY stream. A tuple is its field count and already encoded fields (BinaryFields), so one
 * encoding can go to two tables (history and valid time).
 */
export class TupleChunker {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private at = 0;
  rows = 0;

  constructor(private readonly sink: ChunkSink) {}

  /** One tuple: its field count, then each part's encoded fields in column order. */
  async tuple(fields: number, ...parts: Buffer[]): Promise<void> {
    let size = 2;
    for (const part of parts) size += part.length;
    if (this.at + size > this.chunk.length) await this.flush(size);
    this.at = this.chunk.writeInt16BE(fields, this.at);
    for (const part of parts) {
      this.chunk.set(part, this.at);
      this.at += part.length;
    }
    this.rows++;
  }

  /** A tuple already framed with its field count (an open row collected by OpenRows). */
  async framed(tuple: Buffer): Promise<void> {
    if (this.at + tuple.length > this.chunk.length) await this.flush(tuple.length);
    this.chunk.set(tuple, this.at);
    this.at += tuple.length;
    this.rows++;
  }

  // The written chunk is handed over as is (its own ArrayBuffer, so it can be transferred); a fresh one is taken.
  async flush(next = 0): Promise<void> {
    const full = this.chunk.subarray(0, this.at);
    this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, next));
    this.at = 0;
    if (full.length > 0) await this.sink.write(full);
  }
}

/** A COPY … FROM STDIN (FORMAT binary[, FREEZE]) as a sink; chunks must hold whole tuples. */
export class BinaryCopyStream implements ChunkSink {
  private readonly stream: Writable;
  private readonly done: Promise<void>;
  private started = false;

  constructor(client: Pick<ClientBase, 'query'>, table: string, columns: readonly string[], o = { freeze: false }) {
    const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN (FORMAT binary${o.freeze ? ', FREEZE' : ''})`;
    ({ stream: this.stream, done: this.done } = openCopy(client, sql));
  }

  /** Hands the chunk to the stream at once (calls keep their order); resolves when the stream wants more. */
  write(chunk: Buffer): Promise<void> {
    if (!this.started) {
      this.started = true;
      chunk = Buffer.concat([BINARY_HEADER, chunk]);
    }
    return writeRespectingBackPressure(this.stream, chunk);
  }

  /** Writes the trailer and resolves once the server has taken every row. */
  async end(): Promise<void> {
    await this.write(BINARY_TRAILER);
    this.stream.end();
    await this.done;
  }
}
