import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LogPosition, comparePositions, formatPosition } from '@hazard-ledger/domain';
import { EVENT_FEED, EventFeed, readCheckpoint } from '@hazard-ledger/read-models';

export interface ReadStamp {
  /** The log position the read model had applied when it answered ("commit/prepare"). */
  asOfPosition: string;
  /** How far behind the log it was: 0 when caught up, else the age of the oldest event it has not applied. */
  lagMs: number;
}

const MAX_WAIT_MS = 10_000;
const POLL_MS = 25;

/** Stamps projection-backed answers and makes `?minPosition=` wait (bounded) for read-your-writes. */
@Injectable()
export class ReadStamps {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_FEED) private readonly feed: EventFeed,
  ) {}

  async stamp(projection: string, minPosition?: LogPosition, waitMs = 5_000): Promise<ReadStamp> {
    let checkpoint = await readCheckpoint(this.dataSource.manager, projection);
    if (minPosition) {
      const deadline = Date.now() + Math.min(waitMs, MAX_WAIT_MS);
      while (comparePositions(checkpoint, minPosition) < 0) {
        if (Date.now() >= deadline)
          throw new ServiceUnavailableException(
            `读模型尚未追上 ${formatPosition(minPosition)}（当前 ${formatPosition(checkpoint)}）/ ` +
              `The read model has not reached ${formatPosition(minPosition)} yet (at ${formatPosition(checkpoint)}); retry`,
          );
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
