import { DataSource, QueryRunner } from 'typeorm';
import { lockKey } from './shared/advisory-locks';

// Session advisory locks in their own (int, int) key space: one active runner per projection across processes.
export const LOCK_CLASS = 0x686c; // "hl"

/**
 * A runner's projection locks, all held by ONE database session: a session per projection would keep one pooled
 * connection per read model idle for the runner's whole life, leaving the API's reads and the batches themselves
 * the rest of the pool (seven of ten connections before this).
 */
export class RunnerLocks {
  private session?: Promise<QueryRunner>;
  // One statement at a time on the shared session (pg deprecates queuing queries on a busy client).
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  async tryAcquire(name: string): Promise<boolean> {
    const [row] = await this.inTurn(async () =>
      (await this.connect()).query(`SELECT pg_try_advisory_lock($1, $2) AS ok`, [LOCK_CLASS, lockKey(name)]),
    );
    return row.ok === true;
  }

  async release(name: string): Promise<void> {
    const session = this.session;
    if (!session) return;
    await this.inTurn(async () =>
      (await session).query(`SELECT pg_advisory_unlock($1, $2)`, [LOCK_CLASS, lockKey(name)]),
    ).catch(() => undefined);
  }

  /** Ends the session (and with it any lock still held); called once every projection loop has ended. */
  async close(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    if (session) await (await session).release();
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(work);
    this.turn = next.catch(() => undefined);
    return next;
  }

  private connect(): Promise<QueryRunner> {
    this.session ??= this.open();
    return this.session;
  }

  private async open(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      return runner;
    } catch (error) {
      this.session = undefined; // the next attempt connects afresh
      throw error;
    }
  }
}
