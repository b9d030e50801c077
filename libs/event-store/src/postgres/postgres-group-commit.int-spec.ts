import { TestDatabase, aNewEvent, createTestDatabase } from '@hazard-ledger/testing';
import { PostgresEventStore } from './postgres-event-store';

describe('PostgresEventStore group commit', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeEach(async () => {
    db = await createTestDatabase();
    // One transaction at a time: every append that arrives meanwhile joins the next one.
    store = new PostgresEventStore({ connectionString: db.url, maxConcurrentAppends: 1 });
  });
  afterEach(async () => {
    await store.close();
    await db.drop();
  });

  const txCount = async (streams: string[]) =>
    (await store.pool.query(`SELECT count(DISTINCT tx_id)::int AS n FROM events WHERE stream_id = ANY($1)`, [streams]))
      .rows[0].n;

  it('shares a transaction among concurrent appends to different streams, answering each on its own', async () => {
    const streams = Array.from({ length: 10 }, (_, i) => `hazard-g${i}`);
    const firstEvents = streams.map(() => aNewEvent());
    await Promise.all(streams.map((s, i) => store.append(s, [firstEvents[i]], 'no_stream')));
    expect(await txCount(streams)).toBeLessThan(10);

    const outcomes = await Promise.allSettled([
      ...streams.slice(0, 8).map((s) => store.append(s, [aNewEvent()], 0n)),
      store.append(streams[8], [aNewEvent()], 5n),
      store.append(streams[9], [firstEvents[9]], 'no_stream'),
    ]);
    expect(outcomes.slice(0, 8).every((o) => o.status === 'fulfilled')).toBe(true);
    expect(outcomes[8]).toMatchObject({ status: 'rejected', reason: { name: 'WrongExpectedRevision', actual: 0n } });
    expect(outcomes[9]).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 0n } });
    const counts = await store.pool.query(`SELECT stream_id, count(*)::int AS n FROM events GROUP BY 1 ORDER BY 1`);
    expect(counts.rows.map((r) => r.n)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 1, 1]);
  });

  it('retries each append alone when the shared transaction fails, so only the bad one fails', async () => {
    const outcomes = await Promise.allSettled([
      store.append('hazard-h0', [aNewEvent()], 'no_stream'),
      store.append('hazard-h1', [aNewEvent()], 'no_stream'),
      // integer out of range for schema_version: a database error, not a domain refusal
      store.append('hazard-h2', [aNewEvent({ schemaVersion: 2 ** 40 })], 'no_stream'),
      store.append('hazard-h3', [aNewEvent()], 'no_stream'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[2] as PromiseRejectedResult).reason)).toMatch(/out of range/);
    const { rows } = await store.pool.query(`SELECT stream_id FROM events ORDER BY 1`);
    expect(rows.map((r) => r.stream_id)).toEqual(['hazard-h0', 'hazard-h1', 'hazard-h3']);
  });
});
