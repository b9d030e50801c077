import { EntityManager, DataSource } from 'typeorm';
import { LogPosition, RecordedEvent, START, comparePositions, parsePosition } from '@hazard-ledger/domain';
import { createDataSource, dataSourceOptions } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, aNewEvent, createTestDatabase, waitFor } from '@hazard-ledger/testing';
import { ProjectionRunner, Projection, liveTables, readCheckpoint } from '@hazard-ledger/projection-engine';
import { streamCatalogue } from '@hazard-ledger/read-models';

const streamCatalogueProjection = streamCatalogue.create(liveTables);

const truth = `SELECT stream_id, count(*)::int AS n, max(stream_position)::int AS last FROM events GROUP BY stream_id ORDER BY stream_id`;
const catalogue = `SELECT stream_id, event_count::int AS n, last_revision::int AS last FROM stream_catalogue ORDER BY stream_id`;

describe('ProjectionRunner (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  beforeEach(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
  });
  afterEach(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  let lastWrite: LogPosition = START;
  const appendMany = async (streams: number, perStream: number) => {
    for (let i = 0; i < perStream; i++) {
      const results = await Promise.all(
        Array.from({ length: streams }, (_, s) => store.append(`hazard-${s}`, [aNewEvent()], 'any')),
      );
      for (const r of results) if (comparePositions(r.logPosition, lastWrite) > 0) lastWrite = r.logPosition;
    }
  };
  /** Read-your-writes: the checkpoint has reached the last append (lag 0 alone could hide a held horizon). */
  const caughtUp = (runner: ProjectionRunner) =>
    waitFor(async () => {
      const [s] = await runner.status();
      return comparePositions(parsePosition(s.checkpoint), lastWrite) >= 0 && s.lagEvents === 0;
    });

  it('applies every event once, with the checkpoint, and resumes after a restart without doubling', async () => {
    await appendMany(6, 5);
    const first = new ProjectionRunner(ds, store, [streamCatalogueProjection], { batchSize: 4 });
    first.start();
    await caughtUp(first);
    await first.stop();
    await appendMany(6, 3);
    const second = new ProjectionRunner(ds, store, [streamCatalogueProjection], { batchSize: 4 });
    second.start();
    await caughtUp(second);
    const [status] = await second.status();
    await second.stop();
    expect(await ds.query(catalogue)).toEqual(await ds.query(truth));
    const [cp] = await ds.query(
      `SELECT events_applied::int AS n FROM projection_checkpoints WHERE name = 'stream-catalogue'`,
    );
    expect(cp.n).toBe(48);
    expect(status).toMatchObject({ name: 'stream-catalogue', state: 'running', lagEvents: 0 });
  });

  it('rolls back rows and checkpoint together when a batch fails, and stops the projection loudly', async () => {
    await appendMany(3, 2);
    const logs: string[] = [];
    const poisoned: Projection = {
      name: 'poisoned',
      async apply(events: readonly RecordedEvent[], tx: EntityManager) {
        await streamCatalogueProjection.apply(events, tx);
        // Rows are written first, then the batch fails: both must roll back.
        if (events.length > 0) throw new Error('cannot project this batch');
      },
    };
    const runner = new ProjectionRunner(ds, store, [poisoned], {
      batchSize: 100,
      maxRetries: 1,
      retryDelayMs: 10,
      log: (m) => logs.push(m),
    });
    runner.start();
    const [status] = await waitFor(async () => {
      const s = await runner.status();
      return s[0].state === 'failed' ? s : undefined;
    });
    await runner.stop();
    expect(status.lastError).toContain('cannot project this batch');
    expect(await ds.query(`SELECT count(*)::int AS n FROM stream_catalogue`)).toEqual([{ n: 0 }]);
    expect((await readCheckpoint(ds.manager, 'poisoned')).commit).toBe(-1n);
    expect(logs.join('\n')).toMatch(/retry 1\/1[\s\S]*failed and stopped/);
  });

  it('runs a projection in only one runner at a time (advisory lock), the other waits on standby', async () => {
    await appendMany(2, 2);
    const a = new ProjectionRunner(ds, store, [streamCatalogueProjection], { standbyRetryMs: 50 });
    const b = new ProjectionRunner(ds, store, [streamCatalogueProjection], { standbyRetryMs: 50 });
    a.start();
    await waitFor(async () => (await a.status())[0].state === 'running');
    b.start();
    await waitFor(async () => (await b.status())[0].state === 'standby');
    await a.stop();
    await waitFor(async () => (await b.status())[0].state === 'running');
    await appendMany(2, 1);
    await caughtUp(b);
    await b.stop();
    expect(await ds.query(catalogue)).toEqual(await ds.query(truth));
  });
  it('holds the locks of all its projections on one database session, and frees it on stop', async () => {
    await appendMany(2, 1);
    const named = (name: string): Projection => ({ ...streamCatalogueProjection, name });
    const runner = new ProjectionRunner(ds, store, ['p-one', 'p-two', 'p-three'].map(named));
    const held = `SELECT count(*)::int AS locks, count(DISTINCT pid)::int AS sessions
                    FROM pg_locks WHERE locktype = 'advisory' AND classid = 26732 AND granted
                     AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
    runner.start();
    await waitFor(async () => (await runner.status()).every((s) => s.state === 'running'));
    expect(await ds.query(held)).toEqual([{ locks: 3, sessions: 1 }]);
    await runner.stop();
    expect(await ds.query(held)).toEqual([{ locks: 0, sessions: 0 }]);
  });
  it('keeps at most one abort listener per signal: 12 projections waiting, a runner retrying on standby', async () => {
    // Node warns (MaxListenersExceededWarning) past 10 listeners on one AbortSignal: count them as they come and go.
    const proto = EventTarget.prototype;
    const { addEventListener, removeEventListener } = proto;
    const live = new WeakMap<EventTarget, number>();
    let most = 0;
    const count = (target: EventTarget, type: string, step: number) => {
      if (type !== 'abort') return;
      live.set(target, Math.max(0, (live.get(target) ?? 0) + step));
      most = Math.max(most, live.get(target) ?? 0);
    };
    proto.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      count(this, args[0], 1);
      return addEventListener.apply(this, args);
    };
    proto.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
      count(this, args[0], -1);
      return removeEventListener.apply(this, args);
    };
    try {
      // Each runner holds a connection per projection lock, hence the larger pool.
      const wide = await new DataSource({ ...dataSourceOptions(db.url), extra: { max: 40 } }).initialize();
      const many = Array.from({ length: 12 }, (_, i) => ({ ...streamCatalogueProjection, name: `catalogue-${i}` }));
      const a = new ProjectionRunner(wide, store, many, { standbyRetryMs: 5 });
      const b = new ProjectionRunner(wide, store, many.slice(0, 2), { standbyRetryMs: 5 });
      a.start();
      await waitFor(async () => (await a.status()).every((s) => s.state === 'running'));
      b.start();
      await waitFor(async () => (await b.status()).every((s) => s.state === 'standby'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await b.stop();
      await a.stop();
      await wide.destroy();
    } finally {
      Object.assign(proto, { addEventListener, removeEventListener });
    }
    expect(most).toBe(1);
  });
});

describe('ProjectionRunner batch transactions', () => {
  it('commit without waiting for the WAL flush, on a server that otherwise waits (rows and checkpoint replay together)', async () => {
    const db = await createTestDatabase();
    const name = new URL(db.url).pathname.slice(1);
    const admin = await createDataSource(db.url).initialize();
    await admin.query(`ALTER DATABASE "${name}" SET synchronous_commit = on`);
    await admin.destroy();
    const ds = await createDataSource(db.url).initialize();
    const store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
    const seen: string[] = [];
    const probe: Projection = {
      ...streamCatalogueProjection,
      apply: async (events: RecordedEvent[], tx: EntityManager) => {
        const [row] = await tx.query(`SELECT current_setting('synchronous_commit') AS s`);
        seen.push(row.s);
        await streamCatalogueProjection.apply(events, tx);
      },
    };
    try {
      await store.append('hazard-sync', [aNewEvent()], 'no_stream');
      const runner = new ProjectionRunner(ds, store, [probe], { batchSize: 4 });
      runner.start();
      await waitFor(async () => seen.length > 0);
      await runner.stop();
      const [outside] = await ds.query(`SELECT current_setting('synchronous_commit') AS s`);
      expect(outside.s).toBe('on');
      expect(seen).toEqual(['off']);
    } finally {
      await store.close();
      await ds.destroy();
      await db.drop();
    }
  });
});
