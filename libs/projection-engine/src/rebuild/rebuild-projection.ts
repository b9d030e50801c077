import { LogPosition, START } from '@hazard-ledger/domain';
import { DataSource } from 'typeorm';
import { EventFeed, ProjectionDefinition, shadowTables } from '../projection';
import { RebuildProgress, ProgressMeter } from './rebuild-progress';
import { acquireRebuildLock, releaseRebuildLock } from './rebuild-lock';
import { ShadowWriter, commitPage, readPage } from './shadow-batches';
import { advanceCheckpoint } from '../checkpoints/checkpoint-store';
import { analyzeShadow, dropShadow, prepareShadow } from './shadow-tables';
import { dropOld, isLockConflict, swapIn } from './swap-in';
import { assertRebuildableTable, shadowCheckpointName } from './table-names';

export interface RebuildOptions {
  dataSource: DataSource;
  feed: EventFeed;
  definition: ProjectionDefinition;
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
  /** Aborting stops the fill between batches and removes the shadow copy; the swap itself is never cut short. */
  signal?: AbortSignal;
  /** How long the swap waits for its table locks before it rolls back and tries again (readers queue meanwhile). */
  lockTimeoutMs?: number;
  /** Swap tries before giving up (default 10: about a minute with the default lock timeout). */
  swapAttempts?: number;
}

export interface RebuildResult {
  /** Events applied to the new tables (fill and catch-up). */
  events: number;
  seconds: number;
  /** Where the new tables (and the live checkpoint) stand after the swap. */
  checkpoint: LogPosition;
  /** How the fill ran: the read model's bulk path (and how it split the work) or batches. */
  method: string;
}

export class RebuildAborted extends Error {
  override readonly name = 'RebuildAborted';
}

/**
 * Rebuilds a read model from the start of the log into `<table>__shadow` copies and swaps them in while the live
 * runner keeps serving; whatever fails before the swap commits leaves the live tables as they were.
 */
export async function rebuildProjection(options: RebuildOptions): Promise<RebuildResult> {
  const { dataSource, definition } = options;
  if (definition.tables.length === 0) throw new Error(`投影没有表 / projection ${definition.name} owns no tables`);
  definition.tables.forEach(assertRebuildableTable);
  const started = Date.now();
  const lock = await acquireRebuildLock(dataSource, definition.name);
  try {
    const writer: ShadowWriter = {
      feed: options.feed,
      projection: definition.create(shadowTables, options.feed),
      checkpointName: shadowCheckpointName(definition.name),
      batchSize: options.batchSize ?? 1000,
      streamPrefixes: definition.streamPrefixes,
    };
    const meter = new ProgressMeter(options.feed, options.onProgress);
    try {
      await prepareShadow(dataSource, definition);
      await meter.start(START);
      const filled = definition.bulkFill
        ? await bulk(options, writer, meter)
        : await fill(options, writer, meter, START);
      await analyzeShadow(dataSource, definition);
      // Once more without locks, so the catch-up under them is as short as it can be.
      const topped = await fill(options, writer, meter, filled.checkpoint);
      throwIfAborted(options);
      const swapped = await swapWithRetries(options, writer, topped.checkpoint);
      await dropOld(dataSource, definition);
      await meter.add(swapped.applied, swapped.checkpoint, true);
      const events = filled.applied + topped.applied + swapped.applied;
      const method = filled.method ?? '逐批 / in batches';
      return { events, seconds: (Date.now() - started) / 1000, checkpoint: swapped.checkpoint, method };
    } catch (error) {
      await dropShadow(dataSource, definition).catch(() => undefined);
      throw error;
    }
  } finally {
    await releaseRebuildLock(lock, definition.name);
  }
}

const throwIfAborted = (options: RebuildOptions): void => {
  if (options.signal?.aborted) throw new RebuildAborted(`重建已取消 / rebuild of ${options.definition.name} aborted`);
};

// Each batch commits with the shadow checkpoint, as the runner does; reads happen outside the transaction.
async function fill(
  options: RebuildOptions,
  writer: ShadowWriter,
  meter: ProgressMeter,
  from: LogPosition,
): Promise<{ checkpoint: LogPosition; applied: number; method?: string }> {
  let position = from;
  let applied = 0;
  for (;;) {
    throwIfAborted(options);
    const page = await readPage(writer, position);
    const n = await options.dataSource.transaction((tx) => commitPage(tx, writer, page));
    position = page.batch.checkpoint;
    applied += n;
    await meter.add(n, position);
    if (page.exhausted) return { checkpoint: position, applied };
  }
}

// The read model's own bulk path (COPY, rows written once); its end position becomes the shadow checkpoint.
async function bulk(options: RebuildOptions, writer: ShadowWriter, meter: ProgressMeter) {
  const result = await options.definition.bulkFill!({
    dataSource: options.dataSource,
    feed: options.feed,
    table: shadowTables,
    batchSize: Math.max(writer.batchSize, 5000),
    onBatch: (applied, position) => meter.add(applied, position),
    signal: options.signal,
  });
  await options.dataSource.transaction((tx) =>
    advanceCheckpoint(tx, writer.checkpointName, START, result.checkpoint, result.applied),
  );
  return result;
}

async function swapWithRetries(options: RebuildOptions, writer: ShadowWriter, from: LogPosition) {
  const attempts = options.swapAttempts ?? 10;
  for (let attempt = 1; ; attempt++) {
    try {
      return await swapIn({
        dataSource: options.dataSource,
        definition: options.definition,
        writer,
        from,
        lockTimeoutMs: options.lockTimeoutMs ?? 5000,
      });
    } catch (error) {
      if (attempt >= attempts || !isLockConflict(error) || options.signal?.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
