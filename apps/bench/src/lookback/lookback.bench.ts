import { createDataSource, migrate } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { rebuildProjection } from '@hazard-ledger/projection-engine';
import {
  LOOKBACK_QUERIES,
  LookbackQuery,
  MAX_PAGE_ROWS,
  lookbackFacts,
  resolveCut,
  runLookback,
  runLookbackPage,
} from '@hazard-ledger/read-models';
import { DataSource } from 'typeorm';
import { BenchServer, printMachine, startBenchServer } from '../append/bench-server';
import { calibrationFields, formatCalibration } from '../calibration';
import { DEFAULT_SEED, Dataset } from '../projections/dataset';
import { loadDataset } from '../projections/loader';
import { progressReporter } from '../projections/progress';
import { timeSamples } from '../projections/stats';
import { CUTS, CutName, lineOf, paramsFor } from './lookback-plan';

export interface LookbackBenchArgs {
  /** Events to generate and load (default 1 550 000: ~100 000 hazards plus their inspections and documents). */
  events?: number;
  seed?: number;
}

const DATABASE = 'bench_lookback';
const DEFAULT_EVENTS = 1_550_000;
/** Two hazards per inspection and document, as in the demo data (4 inspections, 4 documents, 8 hazards). */
const ENFORCEMENT_EVERY = 2;

const intFrom = (value: number | undefined, env: string | undefined, fallback: number, min: number): number => {
  const n = value ?? (env ? Number(env) : fallback);
  if (!Number.isInteger(n) || n < min) throw new Error(`无效数值 / invalid number: ${String(n)} (≥ ${min})`);
  return n;
};

const printDataset = (dataset: Dataset): void => {
  const count = (kind: string) => dataset.streams.filter((s) => s.kind === kind).length;
  console.log(
    `  Dataset:  ${dataset.cast.mines.length} mines, ${dataset.hazards} hazards, ${count('inspection')} inspections, ` +
      `${count('document')} enforcement documents, ${dataset.totalEvents} events (all through the deciders)`,
  );
};

/** The dataset a kept directory already holds (BENCH_LOOKBACK_DIR), so a second run measures without reloading. */
const loadedBefore = async (dataSource: DataSource, dataset: Dataset): Promise<boolean> => {
  await dataSource.query(`CREATE TABLE IF NOT EXISTS bench_lookback_dataset (events int NOT NULL, seed int NOT NULL)`);
  const rows: unknown[] = await dataSource.query(
    `SELECT 1 FROM bench_lookback_dataset WHERE events = $1 AND seed = $2`,
    [dataset.totalEvents, dataset.seed],
  );
  return rows.length > 0;
};

/**
 * Loads the dataset (unless a kept directory holds it), then rebuilds lookback-facts from the log as
 * `projections rebuild lookback-facts` would (skipped on a kept dataset unless BENCH_LOOKBACK_REBUILD=1).
 */
const prepare = async (url: string, dataSource: DataSource, dataset: Dataset) => {
  let loadS = 0;
  const loaded = await loadedBefore(dataSource, dataset);
  if (loaded) console.log(`载入 / load: skipped, the kept directory holds this dataset (BENCH_LOOKBACK_DIR)`);
  else {
    const bar = progressReporter('载入 / load', dataset.totalEvents);
    const load = await loadDataset(url, dataset, { batchSize: 5000, onProgress: (done) => bar.update(done) });
    bar.stop();
    loadS = load.seconds;
    console.log(
      `载入 / load: ${load.events} events in ${load.seconds.toFixed(1)} s (${Math.round(load.eps)} events/s)`,
    );
  }
  if (loaded && process.env.BENCH_LOOKBACK_REBUILD !== '1') {
    console.log(`重建 / rebuild lookback-facts: skipped (kept dataset; BENCH_LOOKBACK_REBUILD=1 rebuilds)`);
    return { loadS, rebuildS: 0, events: dataset.totalEvents };
  }
  const store = new PostgresEventStore({ connectionString: url, hashAlgorithm: 'sm3', poolSize: 4 });
  try {
    const r = await rebuildProjection({ dataSource, feed: store, definition: lookbackFacts, batchSize: 5000 });
    console.log(`重建 / rebuild lookback-facts: ${r.events} events, ${r.seconds.toFixed(1)} s (${r.method})`);
    // Settled as a running system would be: no first autovacuum pass during the measurements.
    for (const t of ['lookback_facts', 'lookback_streams', 'lookback_mines'])
      await dataSource.query(`VACUUM ANALYZE ${t}`);
    await dataSource.query(`INSERT INTO bench_lookback_dataset VALUES ($1, $2)`, [dataset.totalEvents, dataset.seed]);
    return { loadS, rebuildS: r.seconds, events: r.events };
  } finally {
    await store.close();
  }
};

/** The mine with the most facts: the heaviest realistic "one mine" the queries can be asked about. */
const busiestMine = async (dataSource: DataSource): Promise<string> => {
  const [row]: { mine_id: string }[] = await dataSource.query(
    `SELECT mine_id FROM lookback_facts WHERE mine_id IS NOT NULL GROUP BY mine_id ORDER BY count(*) DESC LIMIT 1`,
  );
  return row.mine_id;
};

/**
 * One answer as the API computes it: cut and query in one REPEATABLE READ snapshot (LookbackReader.run) — the whole
 * answer, or its first page of `limit` rows (GET /lookback/<id>?limit=…). Resolves to the rows returned.
 */
const answer = (dataSource: DataSource, query: LookbackQuery, asOf: string, mineId: string, limit?: number) =>
  dataSource.transaction('REPEATABLE READ', async (manager) => {
    const cut = await resolveCut(manager, asOf);
    const params = paramsFor(query, asOf, mineId);
    if (limit === undefined) return (await runLookback(manager, query, cut, params)).length;
    return (await runLookbackPage(manager, query, cut, params, { limit })).rows.length;
  });

/**
 * 倒查基准: every query of the look-back catalogue (so queries added later are measured too) at a recent and an old
 * cut, `samples` times each after `warmup` unmeasured runs; one JSON line per query and cut.
 */
export const runLookbackBench = async (args: LookbackBenchArgs = {}): Promise<void> => {
  const target = intFrom(args.events, process.env.BENCH_EVENTS, DEFAULT_EVENTS, 1000);
  const samples = intFrom(undefined, process.env.BENCH_LOOKBACK_SAMPLES, 20, 1);
  const warmup = intFrom(undefined, process.env.BENCH_LOOKBACK_WARMUP, 3, 0);
  const seed = args.seed ?? DEFAULT_SEED;
  const only = (process.env.BENCH_LOOKBACK_ONLY ?? '').split(',').filter(Boolean);
  const queries = LOOKBACK_QUERIES.filter((q) => !only.length || only.some((prefix) => q.id.startsWith(prefix)));
  const server: BenchServer = await startBenchServer([DATABASE], process.env.BENCH_LOOKBACK_DIR || undefined);
  const url = server.url(DATABASE);
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    printMachine(
      server,
      'Look-back benchmark 倒查基准',
      `${target} events, seed ${seed}, ${samples} samples + ${warmup} warm-up per query and cut`,
    );
    const before = await server.calibrate();
    console.log(formatCalibration('before', before));
    const dataset = new Dataset({ events: target, seed, enforcementEvery: ENFORCEMENT_EVERY });
    printDataset(dataset);
    const prepared = await prepare(url, dataSource, dataset);
    console.log(
      JSON.stringify({
        bench: 'lookback',
        step: 'rebuild lookback-facts',
        events: prepared.events,
        hazards: dataset.hazards,
        load_s: Math.round(prepared.loadS * 10) / 10,
        rebuild_s: Math.round(prepared.rebuildS * 10) / 10,
      }),
    );
    const mineId = await busiestMine(dataSource);
    console.log(
      `  Mine:     ${mineId} (most facts); period: the 365 days before each cut; LB-01: the 200-event hazard`,
    );
    // A query that pages itself is measured whole (a freeze, an export) and by its first page of the largest size.
    for (const query of queries)
      for (const limit of query.runPage ? [undefined, MAX_PAGE_ROWS] : [undefined])
        for (const asof of Object.keys(CUTS) as CutName[]) {
          await server.checkpoint();
          let rows = 0;
          const sorted = await timeSamples(
            samples,
            async () => {
              rows = await answer(dataSource, query, CUTS[asof], mineId, limit);
            },
            warmup,
          );
          console.log(JSON.stringify(lineOf(query.id, asof, sorted, rows, limit)));
        }
    const after = await server.calibrate();
    console.log(formatCalibration('after', after));
    console.log(JSON.stringify({ bench: 'lookback', step: 'calibration', ...calibrationFields(before, after) }));
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
};
