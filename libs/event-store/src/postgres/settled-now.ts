import { Pool } from 'pg';
import { LogPosition } from '@hazard-ledger/domain';
import { HorizonNotSettled } from '../errors';
import { READ_HORIZON_SQL } from './read-horizon';
import { RECORDED_AT_NOW } from './rows';
import { headBelowHorizon } from './stream-ordered-reader';

/** "Now" that will never move: the database clock, and a head holding every event stamped at or before it. */
export interface SettledNow {
  at: string;
  head: LogPosition;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An append takes its transaction id before it reads the clock (append-sql), so every append stamped at or before
 * T has an id below one assigned after T. (A snapshot's xmax would not do: it is one past the newest *completed*
 * id, and an open transaction above it is in no snapshot's list.) Once the read horizon has passed that id, each of
 * them has committed or rolled back and the head below the horizon includes them: a cut at T read now is the cut at
 * T read at any later time (ADR 20261207-settled-now). Costs one transaction id per call.
 */
export const settledNow = async (pool: Pick<Pool, 'query'>, waitMs = 5_000): Promise<SettledNow> => {
  const { rows: clock } = await pool.query<{ at: string }>(`SELECT ${RECORDED_AT_NOW} AS at`);
  const { rows: after } = await pool.query<{ id: string }>(`SELECT pg_current_xact_id()::text AS id`);
  const started = Date.now();
  for (let pause = 1; ; pause = Math.min(pause * 2, 20)) {
    const { rows } = await pool.query<{ passed: boolean }>(`SELECT ${READ_HORIZON_SQL} >= $1::xid8 AS passed`, [
      after[0].id,
    ]);
    if (rows[0].passed) break;
    if (Date.now() - started >= waitMs) throw new HorizonNotSettled(waitMs);
    await sleep(pause);
  }
  return { at: clock[0].at, head: await headBelowHorizon(pool) };
};
