import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LogPosition, comparePositions, formatPosition } from '@hazard-ledger/domain';
import { EVENT_FEED, EventFeed, readCheckpoint } from '@hazard-ledger/read-models';
import { DEFAULT_WAIT_MS, MAX_WAIT_MS } from './preferred-wait';
import { ReadModelBehind } from './read-model-behind';

export interface ReadStamp {
  /** The log position the read model had applied when it answered ("commit/prepare"). */
  asOfPosition: string;
  /** How far behind the log it was: 0 when caught up, else the age of the oldest event it has not applied. */
  lagMs: number;
}

const POLL_MS = 25;

/** Stamps projection-backed answers and makes `?minPosition=` wait (bounded) for read-your-writes. */
@Injectable()
export class ReadStamps {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_FEED) private readonly feed: EventFeed,
  ) {}

  /** `waitMs`: how long `minPosition` may wait (the client's `Prefer: wait`, see preferred-wait.ts). */
  async stamp(projection: string, minPosition?: LogPosition, waitMs = DEFAULT_WAIT_MS): Promise<ReadStamp> {
    let checkpoint = await readCheckpoint(this.dataSource.manager, projection);
    if (minPosition) {
      const bound = Math.min(waitMs, MAX_WAIT_MS);
      const deadline = Date.now() + bound;
      while (comparePositions(checkpoint, minPosition) < 0) {
        if (Date.now() >= deadline) throw new ReadModelBehind(projection, minPosition, checkpoint, bound);
        await new Promise((r) => setTimeout(r, POLL_MS));
        checkpoint = await readCheckpoint(this.dataSource.manager, projection);
      }
    }
    const next = await this.feed.readAll({ from: checkpoint, limit: 1 });
    const oldest = next.events[0];
    return {
      asOfPosition: formatPosition(checkpoint),
      lagMs: oldest ? Math.max(0, Date.now() - Date.parse(oldest.recordedAt)) : 0,
    };
  }
}
