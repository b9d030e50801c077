import { RecordedEvent } from '@hazard-ledger/domain';
import { EventFeed } from '../projection';
import { EntityModel, MineInfo } from './entity-model';
import { mineIdOf } from './mine-info';
import { foldStream } from './partitioned-fill/stream-fold';
import { StoredEntity } from './versions';

/**
 * A `<base>_state` row whose doc the partitioned rebuild left NULL: only the revision folded so far is kept, and the
 * doc is the fold of the entity's stream up to that revision — restored when the next event for it arrives. Writing
 * a ~1.4 KB jsonb doc per entity was ~10 % of a 1M-event rebuild (ADR 20261201-state-restored-on-first-use).
 */
export interface UnfoldedState {
  id: string;
  revision: string;
}

export type StreamReader = Pick<EventFeed, 'readStream'>;
/** The mine facts the fold needs, by id (from `<base>_mines` of the same tables). */
export type LoadMines = (ids: string[]) => Promise<Map<string, MineInfo>>;

// Streams are read a few at a time: each is one query on the feed's own pool, outside the caller's transaction
// (the events up to a stored revision never change, so no snapshot is needed).
const PARALLEL_READS = 8;

/** The docs of unfolded state rows: each entity's stream folded up to its stored revision, as the rebuild would. */
export async function restoreStored<S, R>(
  model: EntityModel<S, R>,
  feed: StreamReader,
  loadMines: LoadMines,
  unfolded: readonly UnfoldedState[],
): Promise<StoredEntity<S>[]> {
  const streams: RecordedEvent[][] = [];
  for (let i = 0; i < unfolded.length; i += PARALLEL_READS)
    streams.push(
      ...(await Promise.all(
        unfolded.slice(i, i + PARALLEL_READS).map(async ({ id, revision }) => {
          const upTo = BigInt(revision);
          return (await feed.readStream(model.streamOf(id))).filter((e) => e.revision <= upTo);
        }),
      )),
    );
  const mines = await loadMines([...new Set(streams.flat().map(mineIdOf))].filter((id): id is string => !!id));
  return unfolded.map(({ id, revision }, i) => {
    const fold = foldStream(model, streams[i], (mineId) => mines.get(mineId));
    // The stream must still hold what was folded: an event store is append-only, so anything else is corruption.
    if (fold?.stored.id !== id || fold.stored.revision !== revision)
      throw new Error(
        `${model.name}: 状态无法恢复 / cannot restore the state of ${id} at revision ${revision} ` +
          `(its stream ${model.streamOf(id)} folds to ${fold ? `${fold.stored.id}@${fold.stored.revision}` : 'nothing'})`,
      );
    return fold.stored;
  });
}
