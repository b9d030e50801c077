import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@hazard-ledger/platform';
import { BenchServer, printMachine, startBenchServer } from '../append/bench-server';
import { calibrationFields, formatCalibration } from '../calibration';
import { DEFAULT_SEED } from '../projections/dataset';
import { costPerRequest, sampleCost } from './api-cost';
import { builtApiMain, startApiProcess } from './api-process';
import { StoredAccounts, signInBenchUsers, storeBenchAccounts } from './bench-users';
import { driveLoad } from './drive-load';
import { jsonFields, printSummary } from './load-report';
import { datasetForHazards, loadAndProject } from './prepare-data';
import { ROUTE_LABELS, ROUTE_SHARES, RouteClass, buildRouteMix } from './route-mix';

export interface ApiBenchArgs {
  /** Hazards to load (default 100 000, or BENCH_HAZARDS). */
  hazards?: number;
  /** Requests per second (default 300). */
  rate?: number;
  /** Measured seconds (default 30), after a warm-up of `warmupS` (default 10) at the same rate. */
  durationS?: number;
  warmupS?: number;
  seed?: number;
}

type Settings = Required<ApiBenchArgs>;

const DATABASE = 'bench_api';

const positive = (name: string, value: number, min: number): number => {
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} 无效 / invalid ${name}: ${value} (≥ ${min})`);
  return value;
};

const settings = (args: ApiBenchArgs): Settings => ({
  hazards: positive('hazards', args.hazards ?? Number(process.env.BENCH_HAZARDS ?? 100_000), 100),
  rate: positive('rate', args.rate ?? 300, 1),
  durationS: positive('duration', args.durationS ?? 30, 1),
  warmupS: positive('warm-up', args.warmupS ?? Number(process.env.BENCH_WARMUP_S ?? 10), 0),
  seed: args.seed ?? DEFAULT_SEED,
});

/**
 * The API builds to measure, in turn on the same loaded database: this build's by default. For before/after
 * comparisons on a noisy machine, BENCH_API_MAINS lists several compiled main.js files and BENCH_API_ROUNDS how
 * often to alternate them; each run prints its own JSON line.
 */
const apiRuns = (): string[] => {
  const mains = (process.env.BENCH_API_MAINS ?? builtApiMain()).split(',').map((m) => resolve(m.trim()));
  const rounds = positive('BENCH_API_ROUNDS', Number(process.env.BENCH_API_ROUNDS ?? 1), 1);
  return Array.from({ length: rounds }, () => mains).flat();
};

const printMix = (rate: number): void => {
  for (const [c, share] of Object.entries(ROUTE_SHARES) as [RouteClass, number][])
    console.log(`    ${Math.round(share * 100)} % ${ROUTE_LABELS[c]} (${Math.round(share * rate)} req/s)`);
};

/** One API process: sign in, warm up, measure; the figures of the measured part. */
interface RunContext {
  url: string;
  ds: DataSource;
  stored: StoredAccounts;
  /** One secret for every API process of the bench, so the users' tokens stay valid across them. */
  jwtSecret: string;
}

const measureApi = async (main: string, { url, ds, stored, jwtSecret }: RunContext, s: Settings) => {
  if (!existsSync(main)) throw new Error(`先构建 API / build the API first (npm run build): ${main} is missing`);
  const api = await startApiProcess({
    main,
    databaseUrl: url,
    jwtSecret,
    cpuProfileDir: process.env.BENCH_API_PROFILE_DIR,
  });
  try {
    const users = await signInBenchUsers(stored, api.baseUrl);
    const mix = await buildRouteMix(ds, users);
    console.log(`  API:      ${main} (pid ${api.pid}), ${users.length} users signed in through POST /auth/token`);
    if (s.warmupS > 0) await driveLoad(api.baseUrl, mix, { rate: s.rate, durationS: s.warmupS });
    const from = await sampleCost(ds, api.pid);
    const samples = await driveLoad(api.baseUrl, mix, { rate: s.rate, durationS: s.durationS });
    const ended = api.ended();
    if (ended) throw new Error(`API 进程在测量中退出 / the API ended during the measurement (${ended})`);
    const fields = jsonFields(samples, s.durationS);
    const cost = costPerRequest(from, await sampleCost(ds, api.pid), fields.requests);
    printSummary(samples, s.durationS);
    console.log(
      `  Cost:     ${cost.api_cpu_ms_per_req} ms of API CPU and ${cost.db_xact_per_req} database transactions ` +
        `per request (projection runners and access-log batches included)`,
    );
    return { ...fields, ...cost };
  } finally {
    await api.stop();
  }
};

/**
 * Loads a dataset of `hazards`, builds the read models, starts the compiled API as its own process with the
 * projections running, signs in users of the dataset's cast and drives a fixed-rate mix of reads and commands
 * through HTTP; stdout ends with one JSON line (one per API run).
 */
export const runApiBench = async (args: ApiBenchArgs = {}): Promise<void> => {
  const s = settings(args);
  const runs = apiRuns();
  const server: BenchServer = await startBenchServer([DATABASE]);
  const url = server.url(DATABASE);
  let dataSource: DataSource | undefined;
  try {
    dataSource = await createDataSource(url).initialize();
    await migrate(dataSource);
    const dataset = datasetForHazards(s.hazards, s.seed);
    printMachine(
      server,
      'API load benchmark 接口负载基准',
      `${dataset.hazards} hazards (${dataset.totalEvents} events, seed ${s.seed}), ${s.rate} req/s for ` +
        `${s.durationS} s after ${s.warmupS} s of warm-up, compiled API in its own process, projections running`,
    );
    printMix(s.rate);
    const prepared = await loadAndProject(url, dataSource, dataset);
    const stored = await storeBenchAccounts(dataSource, dataset.cast);
    const context = { url, ds: dataSource, stored, jwtSecret: randomBytes(32).toString('hex') };
    for (const main of runs) {
      await server.checkpoint();
      const before = await server.calibrate();
      console.log(formatCalibration('before', before));
      const figures = await measureApi(main, context, s);
      const after = await server.calibrate();
      console.log(formatCalibration('after', after));
      const line = {
        bench: 'api',
        rate: s.rate,
        ...figures,
        hazards: dataset.hazards,
        events: dataset.totalEvents,
        duration_s: s.durationS,
        load_s: Math.round(prepared.loadS),
        project_s: Math.round(prepared.projectS),
        ...calibrationFields(before, after),
      };
      console.log(JSON.stringify(runs.length > 1 ? { ...line, api: main } : line));
    }
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await server.stop();
  }
};
