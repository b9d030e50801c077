import { Pool } from 'pg';
import { LogPosition, START } from '@hazard-ledger/domain';
import { HorizonNotSettled } from '../errors';
import { RECORDED_AT_NOW } from './rows';

/** "Now" that will never move: the database clock, and a head holding every event stamped at or before it. */
export interface SettledNow {
  at: string;
  head: LogPosition;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Transactions of this database holding an id below $1 (each holds a lock on its own id), exempt ones aside: the
// appends that may still commit an event stamped before the clock. Other databases of the cluster cannot append here.
const OPEN_BELOW_SQL = `SELECT NOT EXISTS (
    SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'transactionid' AND l.granted AND a.datname = current_database()
       AND age(l.transactionid) > age(xid($1::xid8))
       AND NOT EXISTS (SELECT 1 FROM read_horizon_exempt r WHERE xid(r.xid) = l.transactionid)) AS settled`;

const HEAD_BELOW_SQL = `SELECT tx_id::text AS tx_id, global_position::text AS global_position FROM events
  WHERE tx_id < $1::xid8 ORDER BY tx_id DESC, global_position DESC LIMIT 1`;

/**
 * An append takes its transaction id before it reads the clock (append-sql), so every append stamped at or before
 * T has an id below one assigned after T. (A snapshot's xmax would not do: it is one past the newest *completed*
 * id, and an open transaction above it is in no snapshot's list.) Once no transaction of this database below that
 * id is open, each such append has committed or rolled back, and the newest event below it is the head: a cut at T
 * read now is the cut at T read at any later time (ADR 20261207-settled-now). Costs one transaction id per call.
 */
export const settledNow = async (pool: Pick<Pool, 'query'>, waitMs = 5_000): Promise<SettledNow> => {
  const { rows: clock } = await pool.query<{ at: string }>(`SELECT ${RECORDED_AT_NOW} AS at`);
  const { rows: after } = await pool.query<{ id: string }>(`SELECT pg_current_xact_id()::text AS id`);
  const id = after[0].id;
  const started = Date.now();
  for (let pause = 1; ; pause = Math.min(pause * 2, 20)) {
    const { rows } = await pool.query<{ settled: boolean }>(OPEN_BELOW_SQL, [id]);
    if (rows[0].settled) break;
    if (Date.now() - started >= waitMs) throw new HorizonNotSettled(waitMs);
    await sleep(pause);
  }
  const { rows: head } = await pool.query<{ tx_id: string; global_position: string }>(HEAD_BELOW_SQL, [id]);
  const newest = head[0];
  return {
    at: clock[0].at,
    head: newest ? { commit: BigInt(newest.tx_id), prepare: BigInt(newest.global_position) } : START,
  };
};
