import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';

// Linux reports process times in clock ticks; 100 per second on every mainstream kernel build.
const TICKS_PER_S = 100;

export interface CostSample {
  /** CPU ms of the API process (user + system), NaN where /proc is not readable. */
  apiCpuMs: number;
  /** Transactions committed or rolled back in the bench database: statements outside a transaction count one each. */
  transactions: number;
}

const processCpuMs = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
  } catch {
    return NaN;
  }
};

/**
 * What the machine's speed moves least: CPU time and database transactions per request. On this shared machine the
 * same build's latency moved several-fold between runs; these figures say where a change saved work.
 */
export const sampleCost = async (ds: DataSource, apiPid: number): Promise<CostSample> => {
  const [row] = (await ds.query(
    `SELECT (xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = current_database()`,
  )) as { n: string }[];
  return { apiCpuMs: processCpuMs(apiPid), transactions: Number(row.n) };
};

/** Per request, between two samples: the API's CPU ms and the database transactions (this bench's own excluded). */
export const costPerRequest = (from: CostSample, to: CostSample, requests: number) => ({
  api_cpu_ms_per_req: Math.round(((to.apiCpuMs - from.apiCpuMs) / Math.max(1, requests)) * 100) / 100,
  db_xact_per_req: Math.round(((to.transactions - from.transactions - 1) / Math.max(1, requests)) * 100) / 100,
});
