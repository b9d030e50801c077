import { join } from 'node:path';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { hazardLedger } from '@hazard-ledger/read-models';
import { shadowTables } from '@hazard-ledger/projection-engine';
import { waitFor } from '@hazard-ledger/testing';
import { Dataset } from '../../apps/bench/src/projections/dataset';
import { BenchDatabase, benchDatabase } from '../support/bench-database';
import { feedReading, readerReading } from '../support/instrumented-feed';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PAGE = 50;

/**
 * A partitioned fill whose second partition fails: the first must stop at its next page, not read and fold the
 * rest of its streams for nothing — in this thread (as under jest) and on the compiled build's worker threads.
 */
describe('partitioned fill: one partition failing stops the others (real PostgreSQL)', () => {
  let bench: BenchDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;

  beforeAll(async () => {
    bench = await benchDatabase(new Dataset({ events: 3000, seed: 5 }));
    ({ ds, store } = bench);
  }, 60_000);
  afterAll(() => bench?.close());
  const emptyShadows = async () => {
    for (const table of hazardLedger.tables) {
      await ds.query(`DROP TABLE IF EXISTS ${shadowTables(table)}`);
      await ds.query(`CREATE TABLE ${shadowTables(table)} (LIKE ${table} INCLUDING ALL)`);
    }
  };

  it('the first partition requests no page after the one it is folding when the second fails', async () => {
    process.env.REBUILD_WORKERS = '2';
    await emptyShadows();
    let firstPartitionPages = 0;
    let failed!: () => void;
    const failure = new Promise<void>((resolve) => (failed = resolve));
    const reader = store.streamOrderedReader();
    const instrumented = readerReading(reader, async (q) => {
      if (q.prefix !== 'hazard-') return reader.readStreams(q);
      if (q.range.from !== undefined) {
        // The second partition fails once the first is under way; the timer runs after the failure has spread.
        await waitFor(async () => firstPartitionPages >= 1);
        setTimeout(failed, 0);
        throw new Error('partition 2 lost its connection');
      }
      // Past its first page the first partition reads slowly, after the failure: left running, it would go on.
      if (++firstPartitionPages > 1) await failure.then(() => sleep(10));
      return reader.readStreams(q);
    });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'hazard-%'`);
    const fill = hazardLedger.bulkFill!({
      dataSource: ds,
      feed: feedReading(store, instrumented),
      table: shadowTables,
      batchSize: PAGE,
    });
    await expect(fill).rejects.toThrow('partition 2 lost its connection');
    await sleep(600); // time enough for dozens of further pages, had the first partition not stopped
    // At most the page it was folding and the one read ahead of it (when the failure came a page later), of ~30.
    expect(n / 2 / PAGE).toBeGreaterThan(20);
    expect(firstPartitionPages).toBeGreaterThanOrEqual(2);
    expect(firstPartitionPages).toBeLessThanOrEqual(3);
    await reader.close();
  }, 60_000);

  it('on worker threads (the compiled build, as the CLI runs it): the first partition’s thread is stopped too', async () => {
    process.env.REBUILD_WORKERS = '2';
    await emptyShadows();
    await ds.query('CREATE TABLE partition_pages (id serial PRIMARY KEY)');
    // The compiled modules (npm test builds first): only they start worker threads, which load the fixture reader.
    const dist = join(__dirname, '../../dist');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const compiled = require(join(dist, 'libs/read-models/src')) as typeof import('@hazard-ledger/read-models');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const events = require(join(dist, 'libs/event-store/src')) as typeof import('@hazard-ledger/event-store');
    const recipe = { module: join(__dirname, '../fixtures/slow-failing-stream-reader.js'), exportName: 'open' };
    // Owned: the fill closes it when it ends.
    const pool = new Pool({ connectionString: bench.db.url, max: 2 });
    const reader = new events.PostgresStreamOrderedReader(pool, { ...recipe, args: [bench.db.url] }, true);
    const fill = compiled.hazardLedger.bulkFill!({
      dataSource: ds,
      feed: feedReading(store, reader),
      table: shadowTables,
      batchSize: PAGE,
    });
    await expect(fill).rejects.toThrow(/rebuild partition failed: Error: partition 2 lost its connection/);
    const pages = async () => (await ds.query('SELECT count(*)::int AS n FROM partition_pages'))[0].n as number;
    const atFailure = await pages();
    await sleep(1000); // ~20 more pages at 50 ms each, had its thread not been terminated
    expect(atFailure).toBeGreaterThanOrEqual(1);
    expect(await pages()).toBeLessThanOrEqual(atFailure + 1);
  }, 60_000);
});
