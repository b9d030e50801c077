import { Pool } from 'pg';

/**
 * The read horizon (ADR 20261129-read-below-the-xmin-horizon): readers take only events of transactions below
 * the oldest one still running, since that one may yet commit events behind them. Transactions registered in
 * read_horizon_exempt never append (a trigger refuses them), so the oldest running one that is not exempt bounds
 * the read; with none registered this is the snapshot's xmin exactly. One scalar expression, evaluated in the
 * reading statement's own snapshot.
 */
export const READ_HORIZON_SQL = `(SELECT coalesce(
    (SELECT min(x) FROM pg_snapshot_xip(s) AS x WHERE NOT EXISTS (SELECT 1 FROM read_horizon_exempt r WHERE r.xid = x)),
    pg_snapshot_xmax(s))
  FROM pg_current_snapshot() AS s)`;

/**
 * Registers a transaction that will never append events (e.g. a rebuild's COPY, open for minutes) so readers of
 * the log do not wait behind it; committed at once on the pool's own connection. Rows of finished transactions are
 * cleared on the way. Returns the release, to call once the transaction has ended.
 */
export const exemptFromReadHorizon = async (
  pool: Pick<Pool, 'query'>,
  xid: string,
  reason: string,
): Promise<() => Promise<void>> => {
  // Ended (or too old for the commit log to know): whatever else the cluster has running meanwhile.
  await pool.query(`DELETE FROM read_horizon_exempt WHERE coalesce(pg_xact_status(xid), 'committed') <> 'in progress'`);
  await pool.query(`INSERT INTO read_horizon_exempt (xid, reason) VALUES ($1::xid8, $2)`, [xid, reason]);
  return async () => {
    await pool.query(`DELETE FROM read_horizon_exempt WHERE xid = $1::xid8`, [xid]);
  };
};
