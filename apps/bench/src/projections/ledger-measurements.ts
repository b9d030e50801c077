import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { hazardLedger, hazardSnapshots, LedgerQuery, queryHazardLedger } from '@hazard-ledger/read-models';
import { rebuildProjection } from '@hazard-ledger/projection-engine';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { ProjectionsMeasurement } from './measurement';
import { Prng } from './prng';
import { ms3, percentile, timeSamples } from './stats';

/** Rebuilds per measurement (BENCH_REBUILDS): this shared machine's speed drifts by a third between minutes. */
const rebuildRuns = (): number => {
  const n = Number(process.env.BENCH_REBUILDS ?? 3);
  return Number.isInteger(n) && n > 0 ? n : 3;
};

/**
 * Full rebuilds of the hazard ledger from zero (shadow tables, then swap), as `projections rebuild` does it, one
 * after the other from a checkpoint: the first into empty live tables, the others replacing a million rows. The
 * median is the figure; every run is printed and the fastest and slowest are reported beside it.
 */
export const rebuildMeasurement =
  (batchSize = 5000, runs = rebuildRuns()): ProjectionsMeasurement =>
  async ({ dataSource, store }) => {
    const seconds: number[] = [];
    let events = 0;
    for (let run = 1; run <= runs; run++) {
      if (run > 1) await dataSource.query('CHECKPOINT');
      const result = await rebuildOnce(dataSource, store, batchSize, run === 1);
      console.log(`重建 / rebuild ${run}/${runs}: ${result.seconds.toFixed(1)} s (${result.method})`);
      seconds.push(result.seconds);
      events = result.events;
    }
    const [{ rows }] = await dataSource.query(`SELECT count(*)::int AS rows FROM hazard_ledger`);
    console.error(`  台账历史行 / ledger history rows: ${rows}`);
    const sorted = [...seconds].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)];
    return {
      rebuild_s: ms3(median),
      rebuild_eps: Math.round(events / median),
      rebuild_min_s: ms3(sorted[0]),
      rebuild_max_s: ms3(sorted[sorted.length - 1]),
    };
  };

const rebuildOnce = async (dataSource: DataSource, store: PostgresEventStore, batchSize: number, profiled: boolean) => {
  let last = 0;
  const profiler = profiled ? await startProfile() : undefined;
  const result = await rebuildProjection({
    dataSource,
    feed: store,
    definition: hazardLedger,
    batchSize,
    onProgress: (p) => {
      if (p.applied - last < 100_000 && p.applied < p.total) return;
      last = p.applied;
      console.error(`  重建 / rebuild: ${p.applied}/${p.total} events, ${Math.round(p.eventsPerSecond)} events/s`);
    },
  });
  await profiler?.stop();
  return result;
};

/**
 * The bench loads events straight into the log, so no projector wrote the hazard snapshots a live system has; they
 * are built here (not a measurement, but its time is reported) so the as-of reads start from them as the API does.
 */
export const snapshotsAsLive: ProjectionsMeasurement = async ({ dataSource, store }) => {
  const result = await rebuildProjection({ dataSource, feed: store, definition: hazardSnapshots, batchSize: 5000 });
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM hazard_snapshots`);
  console.log(
    `快照 / hazard snapshots (set-up, as a live projector leaves them): ${n} in ${result.seconds.toFixed(1)} s`,
  );
  // Settle as a running system would have: otherwise autovacuum's first pass over a million fresh rows (and the
  // checkpoint after it) runs on the same two cores during the read measurements that follow.
  const t0 = Date.now();
  for (const table of [...hazardLedger.tables, 'hazard_snapshots']) await dataSource.query(`VACUUM (ANALYZE) ${table}`);
  console.log(`整理 / settle: VACUUM (ANALYZE) of the rebuilt tables, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { snapshots_s: Number(result.seconds.toFixed(1)) };
};

/** BENCH_PROFILE=<file.cpuprofile> records a CPU profile of the rebuild alone (open it in Chrome DevTools). */
const startProfile = async () => {
  const file = process.env.BENCH_PROFILE;
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) => session.post(method, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: object };
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      console.error(`  CPU 剖析 / profile: ${file}`);
    },
  };
};

const SAMPLES = 400;

/**
 * Ledger pages (50 rows + total count) with the filters a 科室 uses every day, today's ledger and as of past
 * instants, one query at a time, through the same function the API calls.
 */
export const ledgerQueryMeasurement: ProjectionsMeasurement = async ({ dataSource, dataset }) => {
  const db = dataSource.manager;
  const jurisdictions = (
    await db.query(`SELECT DISTINCT jurisdiction AS j FROM hazard_ledger WHERE jurisdiction IS NOT NULL`)
  ).map((r: { j: string }) => r.j);
  const mines = (await db.query(`SELECT DISTINCT mine_id AS m FROM hazard_ledger_mines LIMIT 200`)).map(
    (r: { m: string }) => r.m,
  );
  const [{ lo, hi }] = await db.query(
    `SELECT extract(epoch FROM min(lower(system_time))) * 1000 AS lo, extract(epoch FROM max(lower(system_time))) * 1000 AS hi FROM hazard_ledger`,
  );
  const rng = new Prng(dataset.seed, 0x1ed9);
  const now = new Date().toISOString();
  const base = (): LedgerQuery => ({
    filter: {},
    scope: { kind: 'all' },
    now,
    sort: 'discoveredAt',
    order: 'desc',
    limit: 50,
  });
  const today: (() => LedgerQuery)[] = [
    () => ({ ...base(), filter: { jurisdiction: rng.pick(jurisdictions), open: true } }),
    () => ({ ...base(), filter: { grade: 'major', status: ['in_remediation', 'plan_submitted', 'major_determined'] } }),
    () => ({ ...base(), filter: { mineId: rng.pick(mines) } }),
    () => ({ ...base(), filter: { overdue: true }, sort: 'deadline', order: 'asc' }),
    () => ({ ...base(), filter: { grade: 'major', open: true, discoveredBefore: '2023-12-31T16:00:00Z' } }),
    () => ({
      ...base(),
      scope: { kind: 'jurisdictions', codes: [rng.pick(jurisdictions)] },
      filter: { discoveredFrom: '2024-01-01T00:00:00Z', discoveredBefore: '2024-07-01T00:00:00Z' },
    }),
  ];
  const instant = () => new Date(rng.between(Number(lo), Number(hi))).toISOString();
  const past: (() => LedgerQuery)[] = [
    () => ({ ...base(), asOf: instant(), filter: { jurisdiction: rng.pick(jurisdictions), open: true } }),
    () => ({ ...base(), validAt: instant(), filter: { grade: 'major', open: true } }),
  ];
  const run = (kinds: (() => LedgerQuery)[]) => (i: number) =>
    queryHazardLedger(db, kinds[Math.abs(i) % kinds.length]());
  const current = await timeSamples(SAMPLES, run(today));
  const asOf = await timeSamples(SAMPLES / 2, run(past));
  return {
    ledger_p50_ms: ms3(percentile(current, 50)),
    ledger_p95_ms: ms3(percentile(current, 95)),
    ledger_asof_p95_ms: ms3(percentile(asOf, 95)),
  };
};
