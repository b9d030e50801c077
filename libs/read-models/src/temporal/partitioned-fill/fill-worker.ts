import { MessagePort, parentPort, workerData } from 'node:worker_threads';
import { StreamOrderedReader } from '../../projection';
import { ChunkSink } from '../binary-copy/binary-copy-writer';
import { FILL_TABLES, FillTable } from './frozen-copies';
import { MineTimeline, MineVersion } from './mine-timeline';
import { temporalModels } from './models';
import { transferablesOf } from './open-rows';
import { PartitionResult, PartitionTask, fillPartition } from './partition-fill';

export interface FillWorkerData {
  model: string;
  task: PartitionTask;
  mines: Record<string, MineVersion[]>;
  reader: NonNullable<StreamOrderedReader['recipe']>;
}

export type FillWorkerMessage =
  | { kind: 'progress'; events: number }
  | { kind: 'chunk'; table: FillTable; bytes: ArrayBuffer; length: number }
  | ({ kind: 'done' } & PartitionResult)
  | { kind: 'failed'; message: string };

/** The main thread's answer to a chunk: it is in the COPY stream's buffer, another may follow. */
export type FillMainMessage = { kind: 'ack' };

// Chunks (of ~1 MiB) a worker may have on their way to the main thread before it waits: bounds memory when
// PostgreSQL takes rows slower than the fold makes them.
const IN_FLIGHT = 6;

/** Sinks that move each chunk's memory to the main thread, which writes it into the one COPY of its table. */
const postedSinks = (port: MessagePort) => {
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
      // A chunk owns its ArrayBuffer from offset 0 (TupleChunker allocates ≥ 1 MiB); copy if it ever does not.
      const own = chunk.byteOffset === 0 ? chunk : Buffer.from(chunk);
      const bytes = own.buffer as ArrayBuffer;
      port.postMessage({ kind: 'chunk', table, bytes, length: own.length } satisfies FillWorkerMessage, [bytes]);
    },
  });
  return {
    sinks: Object.fromEntries(FILL_TABLES.map((t) => [t, sink(t)])) as Record<FillTable, ChunkSink>,
    // A listener on the port would keep the thread alive after its work.
    close: () => port.off('message', onAck),
  };
};

/** Worker-thread entry: one partition of a partitioned build from zero (see parallel-fill.ts). */
const run = async (data: FillWorkerData): Promise<void> => {
  const model = temporalModels[data.model];
  if (!model) throw new Error(`unknown temporal model ${data.model}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const open = require(data.reader.module)[data.reader.exportName] as (...args: unknown[]) => StreamOrderedReader;
  const reader = open(...data.reader.args);
  const port = parentPort!;
  const post = (message: FillWorkerMessage) => port.postMessage(message);
  const posted = postedSinks(port);
  try {
    const result = await fillPartition(model, reader, posted.sinks, new MineTimeline(data.mines), data.task, (events) =>
      post({ kind: 'progress', events }),
    );
    // The open rows' arrays move to the main thread instead of being copied.
    port.postMessage(
      { kind: 'done', ...result } satisfies FillWorkerMessage,
      transferablesOf([result.open.history, result.open.valid]),
    );
  } finally {
    posted.close();
    await reader.close();
  }
};

run(workerData as FillWorkerData).catch((error: unknown) =>
  parentPort!.postMessage({
    kind: 'failed',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  }),
);
