import { parentPort, workerData } from 'node:worker_threads';
import { StreamOrderedReader } from '../../projection';
import { EntityModel, ModuleExport } from '../entity-model';
import { MineTimeline, MineVersion } from './mine-timeline';
import { transferablesOf } from './open-rows';
import { PartitionResult, PartitionTask, fillPartition } from './partition-fill';
import { ChunkMessage, postedSinks } from './posted-sinks';

export interface FillWorkerData {
  /** The model's own module, loaded here: the engine has no list of models (see EntityModel.loadFrom). */
  model: ModuleExport;
  task: PartitionTask;
  mines: Record<string, MineVersion[]>;
  reader: NonNullable<StreamOrderedReader['recipe']>;
}

export type FillWorkerMessage =
  | { kind: 'progress'; events: number }
  | ChunkMessage
  | ({ kind: 'done' } & PartitionResult)
  | { kind: 'failed'; message: string };

/** Worker-thread entry: one partition of a partitioned build from zero (see parallel-fill.ts). */
const run = async (data: FillWorkerData): Promise<void> => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require(data.model.module)[data.model.exportName] as EntityModel<unknown, unknown> | undefined;
  if (!model) throw new Error(`unknown temporal model ${data.model.module}#${data.model.exportName}`);
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
