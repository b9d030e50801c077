import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { LogPosition, START, comparePositions, formatPosition } from '@hazard-ledger/domain';
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

/** Projection names are code constants (kebab case); checked anyway, as the name is written into the SQL text. */
const PROJECTION_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** The pg client under a TypeORM query runner: a parameterless multi-statement query answers one result each. */
interface SimpleQueryClient {
  query(sql: string): Promise<{ rows: { c: string; p: string }[] }[]>;
}

/** Answers projection-backed reads stamped with the position they show; `?minPosition=` waits (bounded) first. */
@Injectable()
export class ReadStamps {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_FEED) private readonly feed: EventFeed,
  ) {}

  /**
   * Waits until `projection` has applied `minPosition` (at most `waitMs`, the client's `Prefer: wait`), then reads
   * the checkpoint and runs `query` in one REPEATABLE READ, READ ONLY snapshot. A projection moves its rows and its
   * checkpoint in one transaction, so the answer is exactly the read model at `asOfPosition` — what the access log
   * records as served — even while batches commit, and all pages of an export come from that one state.
   */
  async read<T>(
    projection: string,
    query: (manager: EntityManager) => Promise<T>,
    want: { minPosition?: LogPosition; waitMs?: number } = {},
  ): Promise<StampedRead<T>> {
    if (want.minPosition) await this.waitFor(projection, want.minPosition, want.waitMs ?? DEFAULT_WAIT_MS);
    const runner = this.dataSource.createQueryRunner();
    let closing: Promise<void> | undefined;
    try {
      const checkpoint = await this.beginSnapshot(runner, projection);
      // The lag needs only the checkpoint: asked of the log while the rows are read, not after.
      const lag = this.lagAfter(checkpoint);
      lag.catch(() => undefined); // awaited below; a failed query must not leave it unhandled meanwhile
      const result = await query(runner.manager);
      // A read-only transaction has nothing to make durable: the connection waits for its COMMIT, the answer not.
      closing = this.close(runner, 'COMMIT');
      return { result, stamp: { asOfPosition: formatPosition(checkpoint), lagMs: await lag } };
    } finally {
      if (!closing) await this.close(runner, 'ROLLBACK');
    }
  }

  /** Ends the transaction (ROLLBACK when COMMIT fails) and hands the connection back; never throws. */
  private async close(runner: QueryRunner, end: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    await runner
      .query(end)
      .catch(() => runner.query('ROLLBACK'))
      .catch(() => undefined);
    await runner.release().catch(() => undefined);
  }

  /**
   * One round trip instead of four (START TRANSACTION, SET … ISOLATION LEVEL, SET … READ ONLY, the checkpoint):
   * the BEGIN and the checkpoint go as one simple-query message, and the checkpoint, its first statement, takes
   * the snapshot the rows are then read from.
   */
  private async beginSnapshot(runner: QueryRunner, projection: string): Promise<LogPosition> {
    if (!PROJECTION_NAME.test(projection)) throw new Error(`投影名无效 / invalid projection name: ${projection}`);
    const client = (await runner.connect()) as SimpleQueryClient;
    const results = await client.query(
      `BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; ` +
        `SELECT commit_position::text AS c, prepare_position::text AS p FROM projection_checkpoints ` +
        `WHERE name = '${projection}'`,
    );
    const row = results[1]?.rows[0];
    return row ? { commit: BigInt(row.c), prepare: BigInt(row.p) } : START;
  }

  /** 0 when caught up, else the age of the oldest event the projection has not applied. */
  private async lagAfter(checkpoint: LogPosition): Promise<number> {
    const next = await this.feed.readAll({ from: checkpoint, limit: 1 });
    const oldest = next.events[0];
    return oldest ? Math.max(0, Date.now() - Date.parse(oldest.recordedAt)) : 0;
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
