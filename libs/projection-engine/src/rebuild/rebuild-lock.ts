import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { advisoryLockHeld, lockKey } from '../shared/advisory-locks';

// Session advisory locks of their own (int, int) key space ("hr"): one rebuild per projection across processes.
const REBUILD_LOCK_CLASS = 0x6872;

export class RebuildInProgress extends Error {
  override readonly name = 'RebuildInProgress';
}

/** Held on its own connection for the whole rebuild; a second rebuild of the same projection is refused. */
export const acquireRebuildLock = async (dataSource: DataSource, projection: string): Promise<QueryRunner> => {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    const [row] = await runner.query(`SELECT pg_try_advisory_lock($1, $2) AS ok`, [
      REBUILD_LOCK_CLASS,
      lockKey(projection),
    ]);
    if (!row.ok)
      throw new RebuildInProgress(`重建已在进行 / a rebuild of ${projection} is already running in another process`);
    return runner;
  } catch (error) {
    await runner.release();
    throw error;
  }
};

export const releaseRebuildLock = async (runner: QueryRunner, projection: string): Promise<void> => {
  await runner
    .query(`SELECT pg_advisory_unlock($1, $2)`, [REBUILD_LOCK_CLASS, lockKey(projection)])
    .catch(() => undefined);
  await runner.release();
};

/** Whether some process is rebuilding the projection right now. */
export const rebuildActive = (db: EntityManager, projection: string): Promise<boolean> =>
  advisoryLockHeld(db, REBUILD_LOCK_CLASS, projection);
