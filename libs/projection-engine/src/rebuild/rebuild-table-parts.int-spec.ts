import { LogPosition, START, comparePositions } from '@hazard-ledger/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import {
  HORIZON_WAIT_MS,
  TestDatabase,
  aNewEvent,
  createTestDatabase,
  holdHorizonExclusively,
  waitFor,
} from '@hazard-ledger/testing';
import { ProjectionDefinition, liveTables } from '../projection';
import { rebuildProjection } from './rebuild-projection';
import { RebuildInProgress, rebuildActive } from './rebuild-lock';

/** A read model with every kind of part LIKE … INCLUDING ALL renames: serial, identity, check, unique, indexes. */
const probe: ProjectionDefinition = {
  name: 'rebuild-probe',
  tables: ['rebuild_probe'],
  create: (t) => ({
    name: 'rebuild-probe',
    apply: async (events, tx) => {
      for (const e of events)
        await tx.query(
          `INSERT INTO ${t('rebuild_probe')} (stream_id, revision, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [e.streamId, e.revision.toString(), e.type],
        );
    },
  }),
};

const parts = (ds: DataSource) =>
  ds.query(
    `SELECT 'index ' || i.relname AS part FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = 'rebuild_probe'::regclass
     UNION SELECT 'constraint ' || conname FROM pg_constraint WHERE conrelid = 'rebuild_probe'::regclass
     UNION SELECT 'sequence ' || relname FROM pg_class WHERE relkind = 'S'
     UNION SELECT 'grant ' || privilege_type || ' ' || grantee FROM information_schema.role_table_grants
      WHERE table_name = 'rebuild_probe' AND grantee = 'PUBLIC'
     ORDER BY 1`,
  );

describe('rebuildProjection: table parts (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  let release: () => Promise<void>;
  // Its swaps wait out held locks with the fill's transactions open: never beside another such spec.
  beforeAll(async () => {
    release = await holdHorizonExclusively();
  });
  afterAll(() => release());
  beforeEach(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url });
    await ds.query(`
      CREATE TABLE rebuild_probe (
        id serial PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        stream_id text NOT NULL,
        revision bigint NOT NULL CONSTRAINT probe_revision_non_negative CHECK (revision >= 0),
        kind text NOT NULL,
        CONSTRAINT probe_event UNIQUE (stream_id, revision))`);
    await ds.query(`CREATE INDEX probe_by_kind ON rebuild_probe (kind) WHERE revision > 0`);
    await ds.query(`CREATE INDEX probe_lower_stream ON rebuild_probe (lower(stream_id))`);
    await ds.query(`GRANT SELECT ON rebuild_probe TO PUBLIC`);
    let last: LogPosition = START;
    for (let s = 0; s < 4; s++)
      last = (await store.append(`hazard-${s}`, [aNewEvent(), aNewEvent(), aNewEvent()], 'any')).logPosition;
    // The read horizon is cluster-wide: a transaction of another spec's database can hold it back (seconds, under load).
    // Start once all 12 events are readable, so "12 events rebuilt" does not depend on the neighbours.
    await waitFor(async () => comparePositions(await store.headPosition(), last) >= 0, HORIZON_WAIT_MS);
  }, 120_000);
  afterEach(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  it('gives every index, constraint, sequence and grant back its live name, and serial columns keep counting', async () => {
    await ds.transaction(async (tx) => probe.create(liveTables).apply(await store.readStream('hazard-0'), tx));
    const before = await parts(ds);

    const result = await rebuildProjection({ dataSource: ds, feed: store, definition: probe, batchSize: 5 });
    const second = await rebuildProjection({ dataSource: ds, feed: store, definition: probe, batchSize: 5 });

    expect(result.events).toBe(12);
    expect(second.events).toBe(12);
    expect(await parts(ds)).toEqual(before);
    expect(await ds.query(`SELECT count(*)::int AS n FROM rebuild_probe`)).toEqual([{ n: 12 }]);
    await ds.query(`INSERT INTO rebuild_probe (stream_id, revision, kind) VALUES ('hazard-9', 0, 'X')`);
    expect(await ds.query(`SELECT count(DISTINCT id)::int AS n FROM rebuild_probe`)).toEqual([{ n: 13 }]);
    expect(await rebuildActive(ds.manager, probe.name)).toBe(false);
    const [checkpoint] = await ds.query(
      `SELECT events_applied::int AS n FROM projection_checkpoints WHERE name = 'rebuild-probe'`,
    );
    expect(checkpoint.n).toBe(12);
  });

  it('drops the old table after the swap; one a crash left between swap and drop goes with the next rebuild', async () => {
    const before = await parts(ds);
    // What a process killed right after the swap's commit leaves: the replaced table, its parts renamed away.
    await ds.query(`CREATE TABLE rebuild_probe__old (LIKE rebuild_probe INCLUDING ALL)`);
    expect(await ds.query(`SELECT to_regclass($1) IS NOT NULL AS left`, ['rebuild_probe__old'])).toEqual([
      { left: true },
    ]);
    await rebuildProjection({ dataSource: ds, feed: store, definition: probe, batchSize: 5 });
    expect(await ds.query(`SELECT relname FROM pg_class WHERE relname LIKE 'rebuild\\_probe\\_\\_%'`)).toEqual([]);
    expect(await parts(ds)).toEqual(before);
  });

  it('refuses a table that a foreign key references, before creating anything', async () => {
    await ds.query(`CREATE TABLE probe_child (id int REFERENCES rebuild_probe (id))`);
    await expect(rebuildProjection({ dataSource: ds, feed: store, definition: probe })).rejects.toThrow(
      /cannot be rebuilt in a shadow copy: foreign keys/,
    );
    expect(await ds.query(`SELECT relname FROM pg_class WHERE relname LIKE '%\\_\\_shadow%'`)).toEqual([]);
  });

  it('refuses a second rebuild of the same projection while one runs, and leaves its shadow alone', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: ProjectionDefinition = {
      ...probe,
      create: (t) => {
        const inner = probe.create(t);
        return { ...inner, apply: async (events, tx) => (await gate, inner.apply(events, tx)) };
      },
    };
    const first = rebuildProjection({ dataSource: ds, feed: store, definition: gated, batchSize: 5 });
    await waitFor(() => rebuildActive(ds.manager, probe.name));

    await expect(rebuildProjection({ dataSource: ds, feed: store, definition: probe })).rejects.toThrow(
      RebuildInProgress,
    );
    release();
    expect((await first).events).toBe(12);
    expect(await rebuildActive(ds.manager, probe.name)).toBe(false);
  });

  it('waits out a reader holding the table: the swap times out on its lock, rolls back whole and tries again', async () => {
    const reader = new Client({ connectionString: db.url });
    await reader.connect();
    await reader.query(`BEGIN`);
    await reader.query(`SELECT count(*) FROM rebuild_probe`);
    const once = { dataSource: ds, feed: store, definition: probe, lockTimeoutMs: 100, swapAttempts: 1 };
    await expect(rebuildProjection(once)).rejects.toThrow(/lock timeout/);
    expect(await ds.query(`SELECT relname FROM pg_class WHERE relname LIKE '%\\_\\_shadow%'`)).toEqual([]);

    const rebuilt = rebuildProjection({ ...once, swapAttempts: 30 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await reader.query(`COMMIT`);
    await reader.end();
    expect((await rebuilt).events).toBe(12);
  });
});
