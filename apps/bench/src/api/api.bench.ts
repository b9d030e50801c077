import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@hazard-ledger/database';
import { BenchServer, printMachine, startBenchServer } from '../append/bench-server';
import { calibrationFields, formatCalibration } from '../calibration';
import { DEFAULT_SEED } from '../projections/dataset';
import { ApiProcess, startApiProcess } from './api-process';
import { createBenchUsers } from './bench-users';
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

const DATABASE = 'bench_api';

const positive = (name: string, value: number, min: number): number => {
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} 无效 / invalid ${name}: ${value} (≥ ${min})`);
  return value;
};

const settings = (args: ApiBenchArgs) => ({
  hazards: positive('hazards', args.hazards ?? Number(process.env.BENCH_HAZARDS ?? 100_000), 100),
  rate: positive('rate', args.rate ?? 300, 1),
  durationS: positive('duration', args.durationS ?? 30, 1),
  warmupS: positive('warm-up', args.warmupS ?? Number(process.env.BENCH_WARMUP_S ?? 10), 0),
  seed: args.seed ?? DEFAULT_SEED,
});

const printMix = (rate: number): void => {
  for (const [c, share] of Object.entries(ROUTE_SHARES) as [RouteClass, number][])
    console.log(`    ${Math.round(share * 100)} % ${ROUTE_LABELS[c]} (${Math.round(share * rate)} req/s)`);
};

/**
 * Loads a dataset of `hazards`, builds the read models, starts the compiled API as its own process with the
 * projections running, signs in users of the dataset's cast and drives a fixed-rate mix of reads and commands
 * through HTTP; stdout ends with one JSON line.
 */
export const runApiBench = async (args: ApiBenchArgs = {}): Promise<void> => {
  const s = settings(args);
  if (!existsSync(join(__dirname, '..', '..', '..', 'api', 'src', 'main.js')))
    throw new Error('先构建 API / build the API first: npm run build');
  const server: BenchServer = await startBenchServer([DATABASE]);
  const url = server.url(DATABASE);
  let dataSource: DataSource | undefined;
  let api: ApiProcess | undefined;
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
    const before = await server.calibrate();
    console.log(formatCalibration('before', before));
    const prepared = await loadAndProject(url, dataSource, dataset);
    await server.checkpoint();
    api = await startApiProcess({ databaseUrl: url, cpuProfileDir: process.env.BENCH_API_PROFILE_DIR });
    const users = await createBenchUsers(dataSource, api.baseUrl, dataset.cast);
    const mix = await buildRouteMix(dataSource, users);
    console.log(`  Users:    ${users.length} signed in through POST /auth/token; API pid ${api.pid}`);
    if (s.warmupS > 0) await driveLoad(api.baseUrl, mix, { rate: s.rate, durationS: s.warmupS });
    const samples = await driveLoad(api.baseUrl, mix, { rate: s.rate, durationS: s.durationS });
    printSummary(samples, s.durationS);
    await api.stop();
    const after = await server.calibrate();
    console.log(formatCalibration('after', after));
    console.log(
      JSON.stringify({
        bench: 'api',
        rate: s.rate,
        ...jsonFields(samples, s.durationS),
        hazards: dataset.hazards,
        events: dataset.totalEvents,
        duration_s: s.durationS,
        load_s: Math.round(prepared.loadS),
        project_s: Math.round(prepared.projectS),
        ...calibrationFields(before, after),
      }),
    );
  } finally {
    await api?.stop();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await server.stop();
  }
};
