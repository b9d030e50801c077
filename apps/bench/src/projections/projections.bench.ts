import { performance } from 'node:perf_hooks';
import { createDataSource, migrate } from '@hazard-ledger/platform';
import { PostgresEventStore, verifyPostgresChain } from '@hazard-ledger/event-store';
import { DataSource } from 'typeorm';
import { BenchServer, printMachine, startBenchServer } from '../append/bench-server';
import { calibrationFields, formatCalibration } from '../calibration';
import { DEFAULT_SEED, Dataset } from './dataset';
import { LoadResult, loadDataset } from './loader';
import { LONG_HAZARD_EVENTS, LONG_HAZARD_STREAM } from './long-hazard';
import { PROJECTIONS_MEASUREMENTS } from './measurements';
import { progressReporter } from './progress';

export interface ProjectionsBenchArgs {
  /** Events to generate and load (default 1 000 000, or BENCH_EVENTS). */
  events?: number;
  seed?: number;
  /** Recompute every hash chain after the load (as `hazard-ledger verify` does). */
  verify?: boolean;
}

const DATABASE = 'bench_projections';
const BATCH = 5000;

const eventsFrom = (args: ProjectionsBenchArgs): number => {
  const n = args.events ?? (process.env.BENCH_EVENTS ? Number(process.env.BENCH_EVENTS) : 1_000_000);
  if (!Number.isInteger(n) || n < 1000) throw new Error(`事件数无效 / invalid event count: ${String(n)} (≥ 1000)`);
  return n;
};

const printRun = (server: BenchServer, target: number, seed: number): void =>
  printMachine(
    server,
    'Projections benchmark 投影基准',
    `${target} events, seed ${seed}, ${BATCH} events per INSERT transaction, sm3 hash chain`,
  );

const printDataset = (dataset: Dataset, seconds: number): void => {
  const { byStatus, openMajorUpTo2023, majors } = dataset.summary();
  const statuses = Object.entries(byStatus)
    .sort((a, b) => b[1] - a[1])
    .map(([status, n]) => `${status} ${n}`)
    .join(', ');
  console.log(
    `  Dataset:  ${dataset.cast.mines.length} mines in ${dataset.cast.jurisdictions.length} jurisdictions, ` +
      `${dataset.hazards} hazards (${majors} major), ${dataset.totalEvents} events; planned in ${seconds.toFixed(1)} s`,
  );
  console.log(`  Final:    ${statuses}`);
  console.log(`  Open major hazards discovered in 2023 or earlier: ${openMajorUpTo2023}`);
  console.log(`  Long:     ${LONG_HAZARD_STREAM} (${LONG_HAZARD_EVENTS} events)`);
};

const printLoad = (load: LoadResult): void =>
  console.log(
    `载入 / load: ${load.events} events in ${load.streams} streams, ${load.batches} transactions, ` +
      `${load.seconds.toFixed(1)} s, ${Math.round(load.eps)} events/s (generation, sm3 chain and INSERT together)`,
  );

const verify = async (store: PostgresEventStore, total: number): Promise<void> => {
  const bar = progressReporter('校验 / verify', total);
  const t0 = performance.now();
  const report = await verifyPostgresChain(store.pool, {}, (done) => bar.update(done));
  bar.stop();
  if (report.breaks.length > 0) throw new Error(`哈希链断裂 / chain broken: ${JSON.stringify(report.breaks[0])}`);
  console.log(
    `校验 / verify: chain intact, ${report.checkedEvents} events in ${report.checkedStreams} streams, ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
};

/**
 * Generates a realistic hazard dataset, bulk-loads it into a fresh, migrated database and runs the measurements
 * of PROJECTIONS_MEASUREMENTS on it; stdout ends with one JSON line.
 */
export const runProjectionsBench = async (args: ProjectionsBenchArgs = {}): Promise<void> => {
  const target = eventsFrom(args);
  const seed = args.seed ?? DEFAULT_SEED;
  const server = await startBenchServer([DATABASE]);
  const url = server.url(DATABASE);
  let dataSource: DataSource | undefined;
  let store: PostgresEventStore | undefined;
  try {
    dataSource = createDataSource(url);
    await dataSource.initialize();
    await migrate(dataSource);
    printRun(server, target, seed);
    const before = await server.calibrate();
    console.log(formatCalibration('before', before));

    const t0 = performance.now();
    const dataset = new Dataset({ events: target, seed });
    printDataset(dataset, (performance.now() - t0) / 1000);

    const bar = progressReporter('载入 / load', target);
    const load = await loadDataset(url, dataset, { batchSize: BATCH, onProgress: (done) => bar.update(done) });
    bar.stop();
    printLoad(load);
    store = new PostgresEventStore({ connectionString: url, hashAlgorithm: 'sm3', poolSize: 4 });
    // Fresh statistics and clean buffers: each measurement starts from the same state.
    await store.pool.query('VACUUM ANALYZE events');
    await store.pool.query('VACUUM ANALYZE streams');
    if (args.verify) await verify(store, target);

    const results: Record<string, number | string> = {
      bench: 'projections',
      events: dataset.totalEvents,
      hazards: dataset.hazards,
      load_eps: Math.round(load.eps),
    };
    for (const measurement of PROJECTIONS_MEASUREMENTS) {
      await server.checkpoint(); // each starts clean, paying for no earlier step's dirty pages
      Object.assign(results, await measurement({ databaseUrl: url, dataSource, store, dataset }));
    }
    const after = await server.calibrate();
    console.log(formatCalibration('after', after));
    Object.assign(results, calibrationFields(before, after));
    console.log(JSON.stringify(results));
  } finally {
    await store?.close().catch(() => undefined);
    if (dataSource?.isInitialized) await dataSource.destroy();
    await server.stop();
  }
};
