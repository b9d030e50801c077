import { TupleChunker } from '../binary-copy/binary-copy-writer';

/** Open rows of one table as one block: framed tuples end to end, with each one's log position and offset. */
export interface PackedOpenRows {
  bytes: Uint8Array;
  /** Where each row's entity's stream begins in the log: the order they are written in. */
  positions: Float64Array;
  /** Start of row i in `bytes`; one more entry than rows. */
  offsets: Float64Array;
}

/**
 * Collects a partition's open rows (binary COPY tuples) into one growing block, so they cross to the main thread as
 * three transferable arrays rather than a hundred thousand cloned buffers.
 */
export class OpenRows {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private at = 0;
  private readonly positions: number[] = [];
  private readonly offsets: number[] = [0];

  add(position: number, fields: number, ...parts: Buffer[]): void {
    let size = 2;
    for (const part of parts) size += part.length;
    if (this.at + size > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + size));
      this.bytes.copy(grown, 0, 0, this.at);
      this.bytes = grown;
    }
    this.at = this.bytes.writeInt16BE(fields, this.at);
    for (const part of parts) {
      this.bytes.set(part, this.at);
      this.at += part.length;
    }
    this.positions.push(position);
    this.offsets.push(this.at);
  }

  get count(): number {
    return this.positions.length;
  }

  pack(): PackedOpenRows {
    return {
      bytes: new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.at).slice(),
      positions: Float64Array.from(this.positions),
      offsets: Float64Array.from(this.offsets),
    };
  }
}

/** The arrays a worker thread can hand over without copying. */
export const transferablesOf = (packs: PackedOpenRows[]): ArrayBuffer[] =>
  packs.flatMap((p) => [p.bytes.buffer, p.positions.buffer, p.offsets.buffer] as ArrayBuffer[]);

/** Writes the open rows of every partition in log order (of where each entity's stream begins). */
export const writeInLogOrder = async (writer: Pick<TupleChunker, 'framed'>, packs: PackedOpenRows[]): Promise<void> => {
  const rows = packs.flatMap((pack, p) => Array.from(pack.positions, (position, i) => [position, p, i] as const));
  rows.sort((a, b) => a[0] - b[0]);
  const buffers = packs.map((p) => Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength));
  for (const [, p, i] of rows) await writer.framed(buffers[p].subarray(packs[p].offsets[i], packs[p].offsets[i + 1]));
};
