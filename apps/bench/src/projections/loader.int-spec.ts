import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore, verifyLog, verifyPostgresChain } from '@hazard-ledger/event-store';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { asOfMeasurement, foldHazard } from './as-of';
import { Dataset } from './dataset';
import { loadDataset } from './loader';
import { LONG_HAZARD_STREAM } from './long-hazard';

describe('projections bench loader (PostgreSQL)', () => {
  const dataset = new Dataset({ events: 3000, seed: 7 });
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    const result = await loadDataset(db.url, dataset, { batchSize: 500 });
    expect(result).toMatchObject({ events: 3000, streams: dataset.streams.length, batches: 6 });
    store = new PostgresEventStore({ connectionString: db.url, hashAlgorithm: 'sm3', poolSize: 4 });
  });

  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('leaves every hash chain and stream head intact, as `hazard-ledger verify` checks them', async () => {
    const streams = dataset.streams.length;
    expect(await verifyPostgresChain(store.pool)).toEqual({ checkedEvents: 3000, checkedStreams: streams, breaks: [] });
    // The adapter-neutral verifier follows readAll, so it also proves the log is readable in delivery order.
    expect(await verifyLog(store)).toEqual({ checkedEvents: 3000, checkedStreams: streams, breaks: [] });
  });

  it('writes recorded_at increasing with the global position, one transaction per batch', async () => {
    const [row] = await db.query<{ late: string; txs: string; sm3: string }>(
      `SELECT count(*) FILTER (WHERE recorded_at <= before) AS late, count(DISTINCT tx_id) AS txs,
              count(*) FILTER (WHERE hash_alg = 'sm3') AS sm3
         FROM (SELECT recorded_at, tx_id, hash_alg, lag(recorded_at) OVER (ORDER BY global_position) AS before
                 FROM events) e`,
    );
    expect(row).toEqual({ late: '0', txs: '6', sm3: '3000' });
  });

  it('stores streams that fold, through the adapter, to the status the generator intended', async () => {
    for (const s of dataset.streams.filter((x) => x.kind === 'hazard')) {
      const events = await store.readStream(s.streamId);
      expect({ id: s.streamId, events: events.length, status: foldHazard(events).status }).toEqual({
        id: s.streamId,
        events: s.events,
        status: s.status,
      });
    }
  });

  it('reconstructs the long hazard as of any instant: a prefix of its history', async () => {
    const all = await store.readStream(LONG_HAZARD_STREAM);
    const middle = all[99];
    const asOf = await store.readStream(LONG_HAZARD_STREAM, { toRecordedAt: middle.recordedAt });
    expect(asOf.map((e) => e.eventId)).toEqual(all.slice(0, 100).map((e) => e.eventId));
    const validAt = await store.readStream(LONG_HAZARD_STREAM, { toOccurredAt: middle.metadata.occurredAt });
    expect(validAt.length).toBeGreaterThan(90);
    expect(foldHazard(asOf).status).not.toBe('not_discovered');
  });

  it('runs the as-of measurement', async () => {
    let dataSource: DataSource | undefined;
    try {
      dataSource = await createDataSource(db.url).initialize();
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      const figures = await asOfMeasurement(50)({ databaseUrl: db.url, dataSource, store, dataset });
      log.mockRestore();
      expect(Object.keys(figures)).toEqual(['asof_p50_ms', 'asof_p99_ms', 'validat_p99_ms']);
      expect(figures.asof_p50_ms).toBeGreaterThan(0);
    } finally {
      await dataSource?.destroy();
    }
  });
});
