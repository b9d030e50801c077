import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { LogPosition, START, comparePositions, parsePosition } from '@hazard-ledger/domain';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, aNewEvent, createTestDatabase, waitFor } from '@hazard-ledger/testing';
import {
  ProjectionDefinition,
  liveTables,
  ProjectionRunner,
  RebuildProgress,
  rebuildProjection,
} from '@hazard-ledger/projection-engine';
import { streamCatalogue } from '@hazard-ledger/read-models';

// Any definition works: every assertion goes through `definition.tables` and the log, none through its columns.
const definition: ProjectionDefinition = streamCatalogue;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const rowsHash = async (ds: DataSource, table: string): Promise<string> =>
  (await ds.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM ${table} t`))[0].h;

const partNames = (ds: DataSource) =>
  ds.query(
    `SELECT c.relname AS t, i.relname AS name FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class c ON c.oid = x.indrelid WHERE c.relname = ANY($1)
     UNION SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE conrelid::regclass::text = ANY($1)
     ORDER BY 1, 2`,
    [definition.tables],
  );

describe('rebuildProjection (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  let lastWrite: LogPosition;
  beforeEach(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
    lastWrite = START;
  });
  afterEach(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  const append = async (streams: number) => {
    const results = await Promise.all(
      Array.from({ length: streams }, (_, s) => store.append(`hazard-${s}`, [aNewEvent(), aNewEvent()], 'any')),
    );
    for (const r of results) if (comparePositions(r.logPosition, lastWrite) > 0) lastWrite = r.logPosition;
  };
  const caughtUp = (runner: ProjectionRunner) =>
    waitFor(async () => {
      const [s] = await runner.status();
      return comparePositions(parsePosition(s.checkpoint), lastWrite) >= 0 && s.lagEvents === 0 && s;
    });
  /** What a from-scratch build of the whole log gives, in `<table>__expected` copies. */
  const buildFromScratch = async (): Promise<Map<string, string>> => {
    for (const t of definition.tables) await ds.query(`CREATE TABLE ${t}__expected (LIKE ${t} INCLUDING ALL)`);
    const projection = definition.create((t) => `${t}__expected`, store);
    for (let from = START; ; ) {
      const batch = await store.readAll({ from, limit: 50, streamPrefixes: definition.streamPrefixes });
      await ds.transaction((tx) => projection.apply(batch.events, tx));
      from = batch.checkpoint;
      if (batch.events.length < 50) break;
    }
    const hashes = new Map<string, string>();
    for (const t of definition.tables) hashes.set(t, await rowsHash(ds, `${t}__expected`));
    return hashes;
  };

  it('rebuilds under load and swaps while the live runner and readers go on, equal to a from-scratch build', async () => {
    for (let i = 0; i < 15; i++) await append(20);
    const logs: string[] = [];
    // Slowed down during the rebuild, the live runner lags behind the shadow: the swap must move its checkpoint.
    // 3 events per 400 ms stays behind the writer even when a loaded machine slows its appends (100 ms did not, once
    // in CI on Node 24).
    let slow = false;
    const live = new ProjectionRunner(ds, store, [definition.create(liveTables, store)], {
      batchSize: 3,
      log: (m) => logs.push(m),
      afterBatch: () => (slow ? sleep(400) : undefined),
    });
    live.start();
    await caughtUp(live);
    const namesBefore = await partNames(ds);

    let stop = false;
    const writer = (async () => {
      while (!stop) await Promise.all([append(2), sleep(30)]); // slower than the fill, or it never catches up
    })();
    const reader = new Client({ connectionString: db.url });
    await reader.connect();
    const readerErrors: unknown[] = [];
    let reads = 0;
    const readers = (async () => {
      while (!stop && readerErrors.length === 0)
        for (const t of definition.tables)
          await reader.query(`SELECT count(*) FROM ${t}`).then(
            () => reads++,
            (e: unknown) => readerErrors.push(e),
          );
    })();

    const progress: RebuildProgress[] = [];
    slow = true;
    const result = await rebuildProjection({
      dataSource: ds,
      feed: store,
      definition,
      batchSize: 40,
      onProgress: (p) => progress.push(p),
    });
    slow = false;
    for (let i = 0; i < 5; i++) await append(4); // after the swap: the live runner must keep applying
    stop = true;
    await Promise.all([writer, readers]);
    await reader.end();
    const status = await caughtUp(live);
    await live.stop();

    expect(status).toMatchObject({ state: 'running', lagEvents: 0, lagMs: 0 });
    expect(status.lastError).toBeUndefined();
    expect(logs.join('\n')).toContain(`checkpoint of ${definition.name} moved`);
    expect(logs.join('\n')).not.toMatch(/failed and stopped/);
    expect(readerErrors).toEqual([]);
    expect(reads).toBeGreaterThan(10);
    expect(result.events).toBeGreaterThanOrEqual(600);
    expect(progress.at(-1)).toMatchObject({ applied: result.events, total: result.events, etaSeconds: 0 });
    expect(progress.every((p) => p.applied <= p.total)).toBe(true);
    expect(await partNames(ds)).toEqual(namesBefore);
    const leftovers = await ds.query(
      `SELECT relname FROM pg_class WHERE relname LIKE '%\\_\\_shadow%' OR relname LIKE '%\\_\\_old%'`,
    );
    expect(leftovers).toEqual([]);
    expect(await ds.query(`SELECT name FROM projection_checkpoints WHERE name LIKE '%\\_\\_shadow'`)).toEqual([]);
    // The shadow filled without autovacuum; the swapped-in tables have it again (no storage options left).
    const options = await ds.query(`SELECT relname, reloptions FROM pg_class WHERE relname = ANY($1)`, [
      [...definition.tables],
    ]);
    expect(new Map(options.map((o: { relname: string; reloptions: unknown }) => [o.relname, o.reloptions]))).toEqual(
      new Map(definition.tables.map((t) => [t, null])),
    );
    const expected = await buildFromScratch();
    for (const t of definition.tables) expect(await rowsHash(ds, t)).toBe(expected.get(t));
  });

  it('keeps the live tables and checkpoint as they were when the fill fails, and leaves no shadow behind', async () => {
    for (let i = 0; i < 10; i++) await append(10);
    const live = new ProjectionRunner(ds, store, [definition.create(liveTables, store)]);
    live.start();
    await caughtUp(live);
    await live.stop();
    const before = { rows: await rowsHash(ds, definition.tables[0]), names: await partNames(ds) };
    const checkpoint = await ds.query(`SELECT * FROM projection_checkpoints`);
    let batches = 0;
    const failing: ProjectionDefinition = {
      ...definition,
      create: (t, feed) => {
        const inner = definition.create(t, feed);
        return {
          ...inner,
          apply: async (events, tx) => {
            await inner.apply(events, tx);
            if (++batches === 3) throw new Error('poison batch 3');
          },
        };
      },
    };
    const aborted = new AbortController();
    await expect(
      rebuildProjection({ dataSource: ds, feed: store, definition: failing, batchSize: 10 }),
    ).rejects.toThrow('poison batch 3');
    await expect(
      rebuildProjection({
        dataSource: ds,
        feed: store,
        definition,
        batchSize: 10,
        signal: aborted.signal,
        onProgress: (p) => p.applied >= 30 && aborted.abort(),
      }),
    ).rejects.toThrow('aborted');

    expect(await rowsHash(ds, definition.tables[0])).toBe(before.rows);
    expect(await partNames(ds)).toEqual(before.names);
    expect(await ds.query(`SELECT * FROM projection_checkpoints`)).toEqual(checkpoint);
    expect(await ds.query(`SELECT relname FROM pg_class WHERE relname LIKE '%\\_\\_shadow%'`)).toEqual([]);
  });
});
