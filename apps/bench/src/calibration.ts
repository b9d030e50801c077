import { performance } from 'node:perf_hooks';

/**
 * A fixed amount of CPU work timed in Node and in PostgreSQL, before and after a benchmark, so its figures can be
 * read against how fast this shared machine was while it ran: on it, the same code measured up to 1.7× apart
 * between hours. Lower is faster; a run is comparable with another when their calibrations are close.
 */
export interface Calibration {
  nodeMs: number;
  postgresMs: number;
}

/** The PostgreSQL side: hashing and text rendering of `rows` integers, no I/O. */
export const postgresWork = (rows: number): string =>
  `SELECT sum(length(md5(i::text)))::int AS n FROM generate_series(1, ${Math.trunc(rows)}) i`;

// What a rebuild's threads mostly do: JSON with Chinese text in and out, property reads, short strings.
const DOC = {
  hazardId: '7c0e3a52-9d14-4b6f-a8e2-5f31c9b04d20',
  description: '井下爆破器材临时存放点无警示标志',
  location: '-80m 中段 12# 沿脉巷',
  reports: { regulator: { submittedAt: '2024-03-01T08:00:00.000Z', receivedAt: null }, congress: null },
  signatures: [{ by: 'u-m118-principal', role: 'principal', at: '2024-03-02T09:30:00.000Z' }],
};

/** The Node side; returns a checksum of the work so none of it can be optimised away. */
export const nodeWork = (rounds: number): number => {
  let sum = 0;
  for (let i = 0; i < rounds; i++) {
    const text = JSON.stringify({ ...DOC, revision: i });
    const back = JSON.parse(text) as typeof DOC & { revision: number };
    sum += text.length + back.revision + back.description.charCodeAt(i % back.description.length);
  }
  return sum;
};

/** The sizes the benches use: each side takes a few hundred milliseconds here. */
export const CALIBRATION_WORK = { nodeRounds: 30_000, postgresRows: 300_000 };

/** The fastest of `runs` timings: the least disturbed by other work on the machine. */
export const fastest = async (runs: number, work: () => unknown): Promise<number> => {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.round(best);
};

export const calibrate = async (
  query: (sql: string) => Promise<unknown>,
  work = CALIBRATION_WORK,
): Promise<Calibration> => {
  nodeWork(work.nodeRounds / 10); // compiled before it is timed
  return {
    nodeMs: await fastest(3, () => nodeWork(work.nodeRounds)),
    postgresMs: await fastest(3, () => query(postgresWork(work.postgresRows))),
  };
};

export const formatCalibration = (when: string, c: Calibration): string =>
  `  校准 / calibration (${when}): node ${c.nodeMs} ms, postgres ${c.postgresMs} ms (fixed work, fastest of 3; lower is faster)`;

/** The JSON line's fields: both sides, before and after the measurements. */
export const calibrationFields = (before: Calibration, after: Calibration) => ({
  calib_node_ms: before.nodeMs,
  calib_pg_ms: before.postgresMs,
  calib_node_after_ms: after.nodeMs,
  calib_pg_after_ms: after.postgresMs,
});
