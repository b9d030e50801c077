import { LogPosition, START, formatPosition } from '@hazard-ledger/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CheckpointMoved, advanceCheckpoint, readCheckpoint } from './checkpoints/checkpoint-store';
import { EventFeed, Projection } from './projection';
import { advisoryLockHeld } from './shared/advisory-locks';
import { LOCK_CLASS, RunnerLocks } from './runner-locks';

export type ProjectionState = 'starting' | 'standby' | 'running' | 'failed' | 'stopped';

export interface ProjectionStatus {
  name: string;
  state: ProjectionState;
  checkpoint: string;
  /** Committed events this projection has not applied yet. */
  lagEvents: number;
  /** Age of the oldest event not applied yet (0 when caught up): how stale the read model is. */
  lagMs: number;
  /** From the checkpoint row: events applied since it was created (a rebuild swaps in its own count). */
  eventsApplied: number;
  /** When the checkpoint last moved (ISO 8601); null before the first batch. */
  updatedAt: string | null;
  lastError?: string;
}

export interface RunnerOptions {
  batchSize?: number;
  maxRetries?: number;
  retryDelayMs?: number;
  standbyRetryMs?: number;
  log?: (message: string) => void;
  /** Called after each committed batch (tests use it to crash at a known point). */
  afterBatch?: (projection: string, applied: number) => Promise<void> | void;
}

/** Runs each projection: batch + checkpoint in one transaction; resumes exactly where the last commit left it. */
export class ProjectionRunner {
  // One signal per projection loop: each loop has at most one abort listener at a time (a wait or a delay), so
  // no signal collects a listener per projection (Node warns past 10) however many projections register.
  private readonly aborts = new Map<string, AbortController>();
  private readonly states = new Map<string, { state: ProjectionState; lastError?: string }>();
  private loops: Promise<void>[] = [];
  private readonly locks: RunnerLocks;

  constructor(
    private readonly dataSource: DataSource,
    private readonly feed: EventFeed,
    private readonly projections: readonly Projection[],
    private readonly options: RunnerOptions = {},
  ) {
    this.locks = new RunnerLocks(dataSource);
  }

  start(): void {
    for (const p of this.projections) this.aborts.set(p.name, new AbortController());
    this.loops = this.projections.map((p) => this.run(p));
  }

  async stop(): Promise<void> {
    for (const abort of this.aborts.values()) abort.abort();
    await Promise.allSettled(this.loops);
    await this.locks.close();
  }

  async status(): Promise<ProjectionStatus[]> {
    return Promise.all(
      this.projections.map(async (p) => {
        const s = this.states.get(p.name) ?? { state: 'stopped' as const };
        return {
          name: p.name,
          state: s.state,
          ...(await measureProjection(this.dataSource.manager, this.feed, p)),
          ...(s.lastError ? { lastError: s.lastError } : {}),
        };
      }),
    );
  }

  private signalOf(projection: Projection): AbortSignal {
    return (this.aborts.get(projection.name) as AbortController).signal;
  }

  private set(name: string, state: ProjectionState, lastError?: string): void {
    this.states.set(name, { state, lastError });
  }

  private async run(projection: Projection): Promise<void> {
    this.set(projection.name, 'starting');
    if (!(await this.acquireLock(projection))) return this.set(projection.name, 'stopped');
    try {
      this.set(projection.name, 'running');
      await this.follow(projection);
      this.set(projection.name, 'stopped');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.set(projection.name, 'failed', message);
      this.options.log?.(`投影失败 / projection ${projection.name} failed and stopped: ${message}`);
    } finally {
      await this.locks.release(projection.name);
    }
  }

  private async acquireLock(projection: Projection): Promise<boolean> {
    while (!this.signalOf(projection).aborted) {
      if (await this.locks.tryAcquire(projection.name)) return true;
      this.set(projection.name, 'standby');
      await delay(this.options.standbyRetryMs ?? 2000, this.signalOf(projection));
    }
    return false;
  }

  // A rebuild that swapped in shadow tables moves the checkpoint under this runner: resume from where it now stands.
  private async follow(projection: Projection): Promise<void> {
    for (;;) {
      try {
        return await this.followFrom(projection, await readCheckpoint(this.dataSource.manager, projection.name));
      } catch (error) {
        if (!(error instanceof CheckpointMoved) || this.signalOf(projection).aborted) throw error;
        this.options.log?.(`投影检查点已移动 / checkpoint of ${projection.name} moved (rebuild swap?): resuming`);
      }
    }
  }

  private async followFrom(projection: Projection, start: LogPosition): Promise<void> {
    let from = start;
    const batches = this.feed.subscribe(from, {
      batchSize: this.options.batchSize ?? 500,
      streamPrefixes: projection.streamPrefixes,
      signal: this.signalOf(projection),
    });
    for await (const batch of batches) {
      await this.withRetry(projection, () =>
        this.dataSource.transaction(async (tx) => {
          // Derived rows and their checkpoint commit together, so a crash that loses the last batches only
          // replays them from the log; no need to wait for the WAL flush (ADR 20261207-read-models-commit-async).
          await tx.query(`SET LOCAL synchronous_commit = off`);
          await projection.apply(batch.events, tx);
          await advanceCheckpoint(tx, projection.name, from, batch.checkpoint, batch.events.length);
        }),
      );
      from = batch.checkpoint;
      await this.options.afterBatch?.(projection.name, batch.events.length);
    }
  }

  // Transient failures (connection loss, serialisation) are retried; a poison batch stops the projection loudly.
  private async withRetry(projection: Projection, work: () => Promise<void>): Promise<void> {
    const max = this.options.maxRetries ?? 3;
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt > max || this.signalOf(projection).aborted || error instanceof CheckpointMoved) throw error;
        this.options.log?.(`投影重试 / projection ${projection.name} retry ${attempt}/${max}: ${String(error)}`);
        await delay((this.options.retryDelayMs ?? 200) * 2 ** (attempt - 1), this.signalOf(projection));
      }
    }
  }
}

type Measured = Pick<ProjectionStatus, 'checkpoint' | 'lagEvents' | 'lagMs' | 'eventsApplied' | 'updatedAt'>;

/** Where a projection stands, from the database and the log alone (right whichever process runs it). */
export const measureProjection = async (
  db: EntityManager,
  feed: EventFeed,
  projection: Pick<Projection, 'name' | 'streamPrefixes'>,
): Promise<Measured> => {
  const [row]: { c: string; p: string; n: string; u: Date }[] = await db.query(
    `SELECT commit_position::text AS c, prepare_position::text AS p, events_applied::text AS n, updated_at AS u
       FROM projection_checkpoints WHERE name = $1`,
    [projection.name],
  );
  const checkpoint: LogPosition = row ? { commit: BigInt(row.c), prepare: BigInt(row.p) } : START;
  const lagEvents = await feed.countAfter(checkpoint);
  // The first event it still has to apply (none readable yet if held behind the horizon or filtered out).
  const next =
    lagEvents > 0
      ? (await feed.readAll({ from: checkpoint, limit: 1, streamPrefixes: projection.streamPrefixes })).events[0]
      : undefined;
  return {
    checkpoint: formatPosition(checkpoint),
    lagEvents,
    lagMs: next ? Math.max(0, Date.now() - Date.parse(next.recordedAt)) : 0,
    eventsApplied: row ? Number(row.n) : 0,
    updatedAt: row ? new Date(row.u).toISOString() : null,
  };
};

/** Whether any process holds the projection's runner lock: the only cross-process sign that it runs. */
export const runnerActive = (db: EntityManager, name: string): Promise<boolean> =>
  advisoryLockHeld(db, LOCK_CLASS, name);

// The listener goes when the timer fires too: a standby runner retries for as long as another holds the lock.
const delay = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
