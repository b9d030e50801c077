import { EntityManager } from 'typeorm';

/** A projection name as the second key of a two-key advisory lock (a stable 32-bit hash). */
export const lockKey = (name: string): number =>
  [...name].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);

/** Whether any session of this database holds the advisory lock (lockClass, lockKey(name)). */
export const advisoryLockHeld = async (db: EntityManager, lockClass: number, name: string): Promise<boolean> => {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND classid = $1::int4::oid AND objid = $2::int4::oid`,
    [lockClass, lockKey(name)],
  );
  return rows.length > 0;
};
