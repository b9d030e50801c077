import { ClientBase } from 'pg';
import { Writable } from 'node:stream';
import { openCopy, writeRespectingBackPressure } from '../copy-writer';
import { BINARY_HEADER, BINARY_TRAILER } from './binary-fields';

const CHUNK_BYTES = 1 << 20;

/**
 * Streams tuples into one table with COPY … (FORMAT binary). A tuple is written as its field count and the
 * already encoded fields (BinaryFields), so one encoding can go to two tables (history and valid time).
 */
export class BinaryCopyWriter {
  private readonly stream: Writable;
  private readonly done: Promise<void>;
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private at = 0;
  rows = 0;

  constructor(client: Pick<ClientBase, 'query'>, table: string, columns: readonly string[]) {
    const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN (FORMAT binary)`;
    ({ stream: this.stream, done: this.done } = openCopy(client, sql));
    this.at = BINARY_HEADER.copy(this.chunk, 0);
  }

  /** One tuple: its field count, then each part's encoded fields in column order. */
  async tuple(fields: number, ...parts: Buffer[]): Promise<void> {
    const size = 2 + parts.reduce((n, p) => n + p.length, 0);
    if (this.at + size > this.chunk.length) await this.flush(size);
    this.at = this.chunk.writeInt16BE(fields, this.at);
    for (const part of parts) this.at += part.copy(this.chunk, this.at);
    this.rows++;
  }

  /** A tuple already framed with its field count (an open row collected by OpenRows). */
  async framed(tuple: Buffer): Promise<void> {
    if (this.at + tuple.length > this.chunk.length) await this.flush(tuple.length);
    this.at += tuple.copy(this.chunk, this.at);
    this.rows++;
  }

  async end(): Promise<void> {
    if (this.at + BINARY_TRAILER.length > this.chunk.length) await this.flush(BINARY_TRAILER.length);
    this.at += BINARY_TRAILER.copy(this.chunk, this.at);
    await this.flush(0);
    this.stream.end();
    await this.done;
  }

  // The written chunk is handed to the socket as is; a fresh one is taken rather than overwriting it.
  private async flush(next: number): Promise<void> {
    const full = this.chunk.subarray(0, this.at);
    this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, next));
    this.at = 0;
    if (full.length > 0) await writeRespectingBackPressure(this.stream, full);
  }
}
