import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ClientBase, ClientConfig } from 'pg';
import { LogPosition, comparePositions, streams } from '@hazard-ledger/domain';
import { LeanEvent, BulkFillContext, BulkFillResult, StreamIdRange, StreamOrderedReader } from '../../projection';
import { CopyWriter, copyCell, versionColumns } from '../copy-writer';
import { ChunkSink, TupleChunker } from '../binary-copy/binary-copy-writer';
import { EntityModel, TemporalTables, entityPrefixOf } from '../entity-model';
import { clientConfigOf, connectWith } from './connections';
import { FillWorkerData, FillWorkerMessage } from './fill-worker';
import { FillMainMessage } from './posted-sinks';
import { FillTable, FrozenCopies } from './frozen-copies';
import { exemptionVia } from './horizon-exemption';
import { MineTimeline } from './mine-timeline';
import { PackedOpenRows, writeInLogOrder } from './open-rows';
import { PartitionResult, PartitionTask, fillPartition } from './partition-fill';

export const MINE_PREFIX = streams.prefix('mine');

/** Compiled builds run partitions on worker threads; from TypeScript sources (jest) they run in this thread. */
const WORKER_FILE = join(__dirname, 'fill-worker.js');

/** Partitions (and threads): REBUILD_WORKERS, else one per CPU, at most 4. */
export const rebuildWorkers = (): number => {
  const configured = Number(process.env.REBUILD_WORKERS);
  return Number.isInteger(configured) && configured > 0 ? configured : Math.min(4, availableParallelism());
};

/**
 * A build from zero partitioned by stream id: up to a cut below the read horizon, each partition reads its
 * streams whole and folds each on its own (worker threads when compiled), mines first so every hazard sees its
 * mine as the log had it. Leaves the rows and `_state` a log-order build would; returns the cut as checkpoint.
 */
export async function partitionedFill<S, R>(
  model: EntityModel<S, R>,
  ctx: BulkFillContext,
  reader: StreamOrderedReader,
  tables: TemporalTables,
): Promise<BulkFillResult> {
  const upTo = await reader.cut();
  const mineEvents = await readWhole(reader, MINE_PREFIX, upTo, ctx.batchSize);
  const mines = MineTimeline.of(mineEvents.sort((a, b) => comparePositions(a.logPosition, b.logPosition)));
  const parts = rebuildWorkers();
  const entityPrefix = entityPrefixOf(model);
  const splits = await reader.splitPoints(entityPrefix, parts);
  const ranges: StreamIdRange[] = [undefined, ...splits].map((from, i) => ({ from, to: splits[i] }));
  const task = (range: StreamIdRange): PartitionTask => ({
    prefix: entityPrefix,
    range,
    upTo,
    pageSize: ctx.batchSize,
  });
  const progress = (events: number) => void ctx.onBatch?.(events);
  const connection = clientConfigOf(ctx.dataSource);
  const threaded = reader.recipe !== undefined && model.loadFrom !== undefined && existsSync(WORKER_FILE);
  const copies = await FrozenCopies.begin(
    connectWith(connection),
    { history: tables.history, valid: tables.valid, state: tables.state },
    {
      history: versionColumns(model, 'system_time'),
      valid: versionColumns(model, 'valid_time'),
      state: ['entity_id', 'revision', 'doc'],
    },
    exemptionVia(reader),
  );
  const { sinks } = copies;
  // One partition failing (or the caller aborting) stops the others instead of letting them run on.
  const stop = new AbortController();
  ctx.signal?.addEventListener('abort', () => stop.abort(), { once: true });
  const run = (range: StreamIdRange) =>
    (threaded
      ? inWorker({ model: model.loadFrom!, task: task(range), mines: mines.versions, reader: reader.recipe! }, sinks, {
          progress,
          signal: stop.signal,
        })
      : fillPartition(model, reader, sinks, mines, task(range), progress, stop.signal)
    ).catch((error: unknown) => {
      stop.abort();
      throw error;
    });
  try {
    const results = await Promise.all(ranges.map(run));
    // Today's rows go last, into the same COPYs (see openRowsLast).
    await Promise.all([
      openRowsLast(
        sinks.history,
        results.map((r) => r.open.history),
      ),
      openRowsLast(
        sinks.valid,
        results.map((r) => r.open.valid),
      ),
      copyRows(connection, tables.mines, ['mine_id', 'doc'], async (w) => {
        for (const info of mines.latest()) await w.write([copyCell(info.mineId), copyCell(info)]);
      }),
    ]);
    await copies.commit();
    await ctx.onBatch?.(mineEvents.length, upTo);
    return {
      checkpoint: upTo,
      applied: mineEvents.length + results.reduce((n, r) => n + r.events, 0),
      method: threaded
        ? `按流分区 / partitioned by stream over ${ranges.length} worker threads`
        : `按流分区 / partitioned by stream, ${ranges.length} partitions in this thread`,
    };
  } finally {
    await copies.close();
  }
}

/**
 * Today's rows together at the end of the table, in the log order of their entities, as a build in log order
 * leaves them: the current ledger reads one row per entity, and packed rows take the fewest pages.
 */
const openRowsLast = async (sink: ChunkSink, packs: PackedOpenRows[]) => {
  const chunker = new TupleChunker(sink);
  await writeInLogOrder(chunker, packs);
  await chunker.flush();
};

const withClient = async (connection: ClientConfig, use: (client: Pick<ClientBase, 'query'>) => Promise<void>) => {
  const { client, release } = await connectWith(connection)();
  try {
    await use(client);
  } finally {
    await release();
  }
};

const copyRows = (connection: ClientConfig, table: string, columns: string[], fill: (w: CopyWriter) => Promise<void>) =>
  withClient(connection, async (client) => {
    const writer = new CopyWriter(client, table, columns);
    await fill(writer);
    await writer.end();
  });

const readWhole = async (reader: StreamOrderedReader, prefix: string, upTo: LogPosition, limit: number) => {
  const events: LeanEvent[] = [];
  for (;;) {
    const last = events.at(-1);
    const page = await reader.readStreams({
      prefix,
      range: {},
      after: last && { streamId: last.streamId, revision: last.revision },
      upTo,
      limit,
    });
    events.push(...page);
    if (page.length < limit) return events;
  }
};

// A larger young generation: the fold allocates short-lived objects at a high rate (docs/performance.md).
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64 };

const inWorker = (
  data: FillWorkerData,
  sinks: Record<FillTable, ChunkSink>,
  { progress, signal }: { progress: (events: number) => void; signal?: AbortSignal },
) =>
  new Promise<PartitionResult>((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: data, resourceLimits: WORKER_LIMITS });
    let settled = false;
    const abort = () => void worker.terminate();
    signal?.addEventListener('abort', abort, { once: true });
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      fn();
    };
    // Chunks are written in the order they arrive, each acknowledged once its COPY stream has taken it.
    const ack = () => worker.postMessage({ kind: 'ack' } satisfies FillMainMessage);
    worker.on('message', (m: FillWorkerMessage) => {
      if (m.kind === 'chunk')
        sinks[m.table].write(Buffer.from(m.bytes, 0, m.length)).then(ack, (error: unknown) => {
          settle(() => reject(error instanceof Error ? error : new Error(String(error))));
          abort();
        });
      else if (m.kind === 'progress') progress(m.events);
      else if (m.kind === 'done') settle(() => resolve({ events: m.events, entities: m.entities, open: m.open }));
      else settle(() => reject(new Error(`重建分区失败 / rebuild partition failed: ${m.message}`)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(new Error(`重建分区中止 / rebuild partition exited (${code})${signal?.aborted ? ': aborted' : ''}`)),
      ),
    );
  });
