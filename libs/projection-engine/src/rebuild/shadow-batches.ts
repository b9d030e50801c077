import { LogPosition, comparePositions } from '@hazard-ledger/domain';
import { EntityManager } from 'typeorm';
import { advanceCheckpoint } from '../checkpoints/checkpoint-store';
import { EventBatchLike, EventFeed, Projection } from '../projection';

/** What fills the shadow copy: its projection, its own checkpoint key, and the log it reads. */
export interface ShadowWriter {
  feed: EventFeed;
  projection: Projection;
  checkpointName: string;
  batchSize: number;
  streamPrefixes?: string[];
}

export interface Page {
  from: LogPosition;
  batch: EventBatchLike;
  /** Fewer events than asked for: the log below the read horizon is used up. */
  exhausted: boolean;
}

export const readPage = async (w: ShadowWriter, from: LogPosition): Promise<Page> => {
  const batch = await w.feed.readAll({ from, limit: w.batchSize, streamPrefixes: w.streamPrefixes });
  return { from, batch, exhausted: batch.events.length < w.batchSize };
};

/** Rows and checkpoint in one transaction, exactly as the runner commits a batch; returns the events applied. */
export const commitPage = async (tx: EntityManager, w: ShadowWriter, page: Page): Promise<number> => {
  const { events, checkpoint } = page.batch;
  if (events.length === 0 && comparePositions(checkpoint, page.from) <= 0) return 0;
  await w.projection.apply(events, tx);
  await advanceCheckpoint(tx, w.checkpointName, page.from, checkpoint, events.length);
  return events.length;
};

/** Applies pages inside `tx` until the log is used up: the catch-up under the swap's locks. */
export const catchUpWithin = async (
  tx: EntityManager,
  w: ShadowWriter,
  from: LogPosition,
): Promise<{ checkpoint: LogPosition; applied: number }> => {
  let applied = 0;
  for (let position = from; ; ) {
    const page = await readPage(w, position);
    applied += await commitPage(tx, w, page);
    position = page.batch.checkpoint;
    if (page.exhausted) return { checkpoint: position, applied };
  }
};
