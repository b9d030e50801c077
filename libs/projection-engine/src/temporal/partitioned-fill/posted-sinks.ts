import { MessagePort } from 'node:worker_threads';
import { ChunkSink } from '../binary-copy/binary-copy-writer';
import { FILL_TABLES, FillTable } from './frozen-copies';

/** A chunk of COPY binary tuples for one table, its memory moved along with the message. */
export type ChunkMessage = { kind: 'chunk'; table: FillTable; bytes: ArrayBuffer; length: number };

/** The main thread's answer to a chunk: it is in the COPY stream's buffer, another may follow. */
export type FillMainMessage = { kind: 'ack' };

// Chunks (of ~1 MiB) a worker may have on their way to the main thread before it waits: bounds memory when
// PostgreSQL takes rows slower than the fold makes them.
export const IN_FLIGHT = 6;

/** Sinks that move each chunk's memory to the main thread, which writes it into the one COPY of its table. */
export const postedSinks = (port: MessagePort) => {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const onAck = (m: FillMainMessage) => {
    if (m.kind !== 'ack') return;
    inFlight--;
    waiting.shift()?.();
  };
  port.on('message', onAck);
  const sink = (table: FillTable): ChunkSink => ({
    async write(chunk) {
      if (inFlight >= IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
      inFlight++;
      // TupleChunker's chunks own their ArrayBuffer (≥ 1 MiB, from offset 0) and can move; anything else (a slice
      // of Node's shared 8 KiB pool, say) is copied first, or moving it would take the pool from other buffers.
      const owned = chunk.byteOffset === 0 && chunk.buffer.byteLength > Buffer.poolSize;
      const bytes = (owned ? chunk.buffer : new Uint8Array(chunk).buffer) as ArrayBuffer;
      port.postMessage({ kind: 'chunk', table, bytes, length: chunk.length } satisfies ChunkMessage, [bytes]);
    },
  });
  return {
    sinks: Object.fromEntries(FILL_TABLES.map((t) => [t, sink(t)])) as Record<FillTable, ChunkSink>,
    // A listener on the port would keep the thread alive after its work.
    close: () => port.off('message', onAck),
  };
};
