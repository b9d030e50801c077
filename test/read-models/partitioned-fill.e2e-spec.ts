import { DataSource } from 'typeorm';
import { LogPosition, comparePositions } from '@hazard-ledger/domain';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { dualReportBoard, hazardLedger, supervisionBoard } from '@hazard-ledger/read-models';
import {
  ProjectionDefinition,
  ProjectionRunner,
  liveTables,
  rebuildProjection,
  shadowTables,
} from '@hazard-ledger/projection-engine';
import { TestDatabase, spawnApp, waitFor } from '@hazard-ledger/testing';
import { Dataset } from '../../apps/bench/src/projections/dataset';
import { BenchDatabase, benchDatabase } from '../support/bench-database';
import { feedReading, readerReading } from '../support/instrumented-feed';
import { caughtUp, hashesOf } from '../support/read-model-snapshot';

const MODELS = [hazardLedger, dualReportBoard, supervisionBoard];

/**
 * The partitioned build from zero (streams read whole, folded one by one, partitions in this thread under jest and
 * on worker threads in the compiled CLI) leaves exactly the rows the incremental projection leaves, for the bench
 * generator's realistic histories (mines whose risk grade changes, majors, extensions, 200-event hazard).
 */
describe('partitioned build from zero equals the incremental projection (real PostgreSQL, bench dataset)', () => {
  const dataset = new Dataset({ events: 3000, seed: 11 });
  let bench: BenchDatabase;
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  let head: LogPosition;
  const live: Record<string, object> = {};

  beforeAll(async () => {
    bench = await benchDatabase(dataset);
    ({ db, ds, store } = bench);
    // The last event loaded, and then the read horizon past it: the horizon is cluster-wide, so another spec's open
    // transaction could otherwise make headPosition() (and a fill's cut) stop short of this database's events.
    const [last] = await db.query<{ tx: string; gp: string }>(
      `SELECT tx_id::text AS tx, global_position::text AS gp FROM events ORDER BY tx_id DESC, global_position DESC LIMIT 1`,
    );
    head = { commit: BigInt(last.tx), prepare: BigInt(last.gp) };
    await waitFor(async () => comparePositions(await store.headPosition(), head) >= 0, 60_000);
    const runner = new ProjectionRunner(
      ds,
      store,
      MODELS.map((d) => d.create(liveTables, store)),
      { batchSize: 250 },
    );
    runner.start();
    await caughtUp(ds, MODELS, head, 60_000);
    await runner.stop();
    for (const d of MODELS) live[d.name] = await hashesOf(ds, d.tables);
  }, 120_000);

  afterAll(() => bench?.close());

  /** The shadow tables' index definitions: a fill drops most of them and must build every one again. */
  const indexDefs = async (definition: ProjectionDefinition): Promise<string[]> =>
    (
      await ds.query(`SELECT indexdef FROM pg_indexes WHERE tablename = ANY($1) ORDER BY indexname`, [
        definition.tables.map(shadowTables),
      ])
    ).map((r: { indexdef: string }) => r.indexdef);
  const emptyShadows = async (definition: ProjectionDefinition) => {
    for (const table of definition.tables) {
      await ds.query(`DROP TABLE IF EXISTS ${shadowTables(table)}`);
      await ds.query(`CREATE TABLE ${shadowTables(table)} (LIKE ${table} INCLUDING ALL)`);
    }
    return indexDefs(definition);
  };
  const scoped = async () =>
    Number(
      (await ds.query(`SELECT count(*) AS n FROM events WHERE stream_id LIKE 'mine-%' OR stream_id LIKE 'hazard-%'`))[0]
        .n,
    );

  it.each([
    ['3 partitions, 7-event pages (streams cut by page ends)', '3', 7],
    ['1 partition, 5000-event pages', '1', 5000],
  ])(
    'in this thread, %s: every table equals the incremental build',
    async (_, parts, pageSize) => {
      process.env.REBUILD_WORKERS = parts;
      for (const definition of MODELS) {
        const indexes = await emptyShadows(definition);
        const result = await definition.bulkFill!({
          dataSource: ds,
          feed: store,
          table: shadowTables,
          batchSize: pageSize,
        });
        expect(await indexDefs(definition)).toEqual(indexes);
        expect(result.method).toContain(`${parts} partitions in this thread`);
        expect({ applied: result.applied, at: comparePositions(result.checkpoint, head) }).toEqual({
          applied: await scoped(),
          at: 0,
        });
        // Every state doc is left to be restored on use, and compares equal once restored (hashesOf).
        const [state] = definition.tables.filter((t) => t.endsWith('_state')).map(shadowTables);
        expect((await ds.query(`SELECT count(*)::int AS n FROM ${state} WHERE doc IS NOT NULL`))[0].n).toBe(0);
        expect({
          model: definition.name,
          tables: await hashesOf(ds, definition.tables.map(shadowTables), store),
        }).toEqual({
          model: definition.name,
          tables: live[definition.name],
        });
      }
    },
    60_000,
  );

  it('in log order, for a feed that cannot read stream by stream (KurrentDB): the same rows', async () => {
    const feed = { readAll: store.readAll.bind(store), readStream: (id: string) => store.readStream(id) };
    for (const definition of MODELS) {
      const indexes = await emptyShadows(definition);
      const result = await definition.bulkFill!({ dataSource: ds, feed, table: shadowTables, batchSize: 500 });
      expect(await indexDefs(definition)).toEqual(indexes);
      expect(result.method).toContain('in log order');
      expect(await hashesOf(ds, definition.tables.map(shadowTables), store)).toEqual(live[definition.name]);
    }
  }, 60_000);

  it('when one partition fails or the rebuild is aborted, the live tables stay as they were and no shadow remains', async () => {
    process.env.REBUILD_WORKERS = '2';
    const reader = store.streamOrderedReader();
    const failing = readerReading(reader, async (q) => {
      if (q.range.from !== undefined) throw new Error('partition 2 lost its connection');
      return reader.readStreams(q);
    });
    await expect(
      rebuildProjection({ dataSource: ds, definition: hazardLedger, batchSize: 50, feed: feedReading(store, failing) }),
    ).rejects.toThrow('partition 2 lost its connection');
    const aborted = new AbortController();
    await expect(
      rebuildProjection({
        dataSource: ds,
        definition: hazardLedger,
        batchSize: 50,
        feed: store,
        signal: aborted.signal,
        onProgress: (p) => p.applied >= 500 && aborted.abort(),
      }),
    ).rejects.toThrow('aborted');
    expect(await hashesOf(ds, hazardLedger.tables, store)).toEqual(live[hazardLedger.name]);
    expect(await ds.query(`SELECT relname FROM pg_class WHERE relname LIKE 'hazard\\_ledger%\\_\\_shadow'`)).toEqual(
      [],
    );
  }, 60_000);

  it('on worker threads: the compiled CLI rebuilds the hazard ledger over 3 threads and swaps in the same rows', async () => {
    const run = spawnApp('cli', ['projections', 'rebuild', 'hazard-ledger', '--no-progress'], {
      DATABASE_URL: db.url,
      REBUILD_WORKERS: '3',
    });
    const code = await run.exited;
    expect(run.output()).toMatch(/partitioned by stream over 3 worker threads/);
    expect(code).toBe(0);
    expect(await hashesOf(ds, hazardLedger.tables, store)).toEqual(live[hazardLedger.name]);
    // Loaded FREEZE (frozen-copies.ts): every row frozen with its hint bits set (HEAP_XMIN_FROZEN, 0x0300), so no
    // later scan dirties a page to set them and no vacuum has to freeze them.
    await ds.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
    for (const table of ['hazard_ledger', 'hazard_ledger_valid', 'hazard_ledger_state']) {
      const [rows] = await ds.query<{ all: number; unfrozen: number }[]>(
        `SELECT count(*)::int AS all, count(*) FILTER (WHERE t_infomask & 768 <> 768)::int AS unfrozen
           FROM generate_series(0, (pg_relation_size($1::regclass) / current_setting('block_size')::int)::int - 1) b,
                heap_page_items(get_raw_page($1::text, b)) WHERE t_infomask IS NOT NULL`,
        [table],
      );
      expect({ table, ...rows }).toEqual({ table, all: rows.all, unfrozen: 0 });
      expect(rows.all).toBeGreaterThan(100);
    }
  }, 60_000);
});
