import { Client } from 'pg';
import { comparePositions } from '@hazard-ledger/domain';
import { HORIZON_WAIT_MS, TestDatabase, aNewEvent, createTestDatabase, waitFor } from '@hazard-ledger/testing';
import { PostgresEventStore } from './postgres-event-store';

// The horizon is cluster-wide: other suites' transactions (a rebuild's COPYs: seconds) may hold it too.
const eventually = (probe: () => Promise<boolean>) => waitFor(probe, HORIZON_WAIT_MS, 20);

describe('read horizon with exempt transactions (real PostgreSQL)', () => {
  jest.setTimeout(2 * HORIZON_WAIT_MS); // a wait for the horizon, plus the test itself
  let db: TestDatabase;
  let store: PostgresEventStore;
  let holder: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: db.url });
  });
  beforeEach(async () => {
    holder = new Client({ connectionString: db.url });
    await holder.connect();
  });
  afterEach(async () => {
    await holder.end();
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  // A long transaction with an id, as a rebuild's COPY has: it writes a read-model-like table.
  const holdOpen = async () => {
    await holder.query('BEGIN');
    await holder.query('CREATE TABLE IF NOT EXISTS scratch (n int)');
    const { rows } = await holder.query<{ xid: string }>(`SELECT pg_current_xact_id()::text AS xid`);
    return rows[0].xid;
  };
  const readable = async (position: { commit: bigint; prepare: bigint }) =>
    comparePositions(await store.headPosition(), position) >= 0 &&
    (await store.readAll({ from: { commit: 0n, prepare: 0n }, limit: 1000 })).events.some(
      (e) => comparePositions(e.logPosition, position) === 0,
    );

  it('given a long transaction, when it is exempted, then events committed after it are readable at once', async () => {
    const xid = await holdOpen();
    const appended = await store.append('hazard-a', [aNewEvent()], 'no_stream');
    expect(await readable(appended.logPosition)).toBe(false); // held back, as the horizon must

    const release = await store.streamOrderedReader().exemptFromHorizon(xid, 'spec: a rebuild COPY');

    await eventually(() => readable(appended.logPosition));
    await holder.query('COMMIT');
    await release();
    expect(await db.query(`SELECT xid FROM read_horizon_exempt`)).toEqual([]);
  });

  it('an exempt transaction may not append: the insert is refused and nothing is written', async () => {
    const xid = await holdOpen();
    const release = await store.streamOrderedReader().exemptFromHorizon(xid, 'spec');
    const before = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`);

    await expect(
      holder.query(
        `INSERT INTO events (stream_id, stream_position, event_id, type, schema_version, data, metadata, recorded_at,
           hash_alg, prev_hash, hash)
         VALUES ('hazard-x', 0, gen_random_uuid(), 'T', 1, '{}', '{}', now(), 'sm3', '', '')`,
      ),
    ).rejects.toThrow(/may not append events/);
    await holder.query('ROLLBACK');
    await release();
    expect(await db.query(`SELECT count(*)::int AS n FROM events`)).toEqual(before);
  });

  it('a transaction that is not exempt still holds the horizon, whatever else is exempt', async () => {
    const other = new Client({ connectionString: db.url });
    await other.connect();
    try {
      const exemptXid = await holdOpen();
      const release = await store.streamOrderedReader().exemptFromHorizon(exemptXid, 'spec');
      await other.query('BEGIN');
      await other.query(`SELECT pg_current_xact_id()`);
      const appended = await store.append('hazard-b', [aNewEvent()], 'no_stream');

      expect(await readable(appended.logPosition)).toBe(false);
      await other.query('COMMIT');
      await eventually(() => readable(appended.logPosition));
      await holder.query('COMMIT');
      await release();
    } finally {
      await other.end();
    }
  });

  it('registering clears rows of transactions that have ended, even while an older one still runs', async () => {
    // An older transaction elsewhere holds xmin below the ended one: the clean-up must not wait for it.
    const older = new Client({ connectionString: db.url });
    await older.connect();
    try {
      await older.query('BEGIN');
      await older.query(`SELECT pg_current_xact_id()`);
      const xid = await holdOpen();
      await store.streamOrderedReader().exemptFromHorizon(xid, 'spec: never released');
      await holder.query('COMMIT');
      const next = await holdOpen();

      const release = await store.streamOrderedReader().exemptFromHorizon(next, 'spec');

      expect(await db.query(`SELECT xid::text FROM read_horizon_exempt`)).toEqual([{ xid: next }]);
      await holder.query('COMMIT');
      await release();
      await older.query('COMMIT');
    } finally {
      await older.end();
    }
  });
});
