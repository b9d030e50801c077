import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LogPosition, comparePositions, formatPosition } from '@hazard-ledger/domain';
import { EVENT_FEED, EventFeed, readCheckpoint } from '@hazard-ledger/projection-engine';
import { DEFAULT_WAIT_MS, MAX_WAIT_MS } from './preferred-wait';
import { ReadModelBehind } from './read-model-behind';

export interface ReadStamp {
  /** The log position the read model had applied when it answered ("commit/prepare"). */
  asOfPosition: string;
  /** How far behind the log it was: 0 when caught up, else the age of the oldest event it has not applied. */
  lagMs: number;
}

export interface StampedRead<T> {
  result: T;
  stamp: ReadStamp;
}

const POLL_MS = 25;

/** Answers projection-backed reads stamped with the position they show; `?minPosition=` waits (bounded) first. */
@Injectable()
export class ReadStamps {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_FEED) private readonly feed: EventFeed,
  ) {}

  /**
   * Waits until `projection` has applied `minPosition` (at most `waitMs`, the client's `Prefer: wait`), then runs
   * `query` and reads the checkpoint in one REPEATABLE READ snapshot. A projection moves its rows and its checkpoint
   * in one transaction, so the answer is exactly the read model at `asOfPosition` — what the access log records as
   * served — even while batches commit, and all pages of an export come from that one state.
   */
  async read<T>(
    projection: string,
    query: (manager: EntityManager) => Promise<T>,
    want: { minPosition?: LogPosition; waitMs?: number } = {},
  ): Promise<StampedRead<T>> {
    if (want.minPosition) await this.waitFor(projection, want.minPosition, want.waitMs ?? DEFAULT_WAIT_MS);
    const { checkpoint, result } = await this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      // The first statement takes the snapshot: the checkpoint, then the rows, as of the same instant.
      const at = await readCheckpoint(tx, projection);
      return { checkpoint: at, result: await query(tx) };
    });
    const next = await this.feed.readAll({ from: checkpoint, limit: 1 });
    const oldest = next.events[0];
    return {
      result,
      stamp: {
        asOfPosition: formatPosition(checkpoint),
        lagMs: oldest ? Math.max(0, Date.now() - Date.parse(oldest.recordedAt)) : 0,
      },
    };
  }

  private async waitFor(projection: string, minPosition: LogPosition, waitMs: number): Promise<void> {
    const bound = Math.min(waitMs, MAX_WAIT_MS);
    const deadline = Date.now() + bound;
    let checkpoint = await readCheckpoint(this.dataSource.manager, projection);
    while (comparePositions(checkpoint, minPosition) < 0) {
      if (Date.now() >= deadline) throw new ReadModelBehind(projection, minPosition, checkpoint, bound);
      await new Promise((r) => setTimeout(r, POLL_MS));
      checkpoint = await readCheckpoint(this.dataSource.manager, projection);
    }
  }
}
