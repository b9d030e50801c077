import { Client } from 'pg';
import { TestDatabase, aNewEvent, createTestDatabase } from '@hazard-ledger/testing';
import { PostgresEventStore } from './postgres-event-store';
import { verifyPostgresChain } from './verify-chain';

describe('PostgreSQL event log immutability and verification', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let sql: Client;
  beforeEach(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: db.url });
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    await store.append('hazard-1', [aNewEvent(), aNewEvent(), aNewEvent()], 'no_stream');
    await store.append('hazard-2', [aNewEvent(), aNewEvent()], 'no_stream');
  });
  afterEach(async () => {
    await sql.end();
    await store.close();
    await db.drop();
  });

  it.each([
    ['UPDATE', `UPDATE events SET type = 'X'`],
    ['DELETE', `DELETE FROM events WHERE stream_position = 0`],
    ['TRUNCATE', `TRUNCATE events`],
  ])('refuses %s on the events table', async (_op, statement) => {
    await expect(sql.query(statement)).rejects.toThrow(/events are immutable/);
    expect((await sql.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(5);
  });

  it('verifies an intact log', async () => {
    const report = await verifyPostgresChain(store.pool);
    expect(report).toEqual({ checkedEvents: 5, checkedStreams: 2, breaks: [] });
  });

  it('finds a row edited behind the trigger, at its exact stream, revision and position', async () => {
    const { rows } = await sql.query(
      `SELECT global_position::text AS p FROM events WHERE stream_id = 'hazard-1' AND stream_position = 1`,
    );
    await sql.query(`ALTER TABLE events DISABLE TRIGGER events_immutable_rows`);
    await sql.query(
      `UPDATE events SET data = jsonb_set(data, '{note}', '"轻微"') WHERE stream_id = 'hazard-1' AND stream_position = 1`,
    );
    await sql.query(`ALTER TABLE events ENABLE TRIGGER events_immutable_rows`);
    const report = await verifyPostgresChain(store.pool);
    expect(report.breaks).toEqual([
      expect.objectContaining({
        streamId: 'hazard-1',
        revision: 1n,
        position: BigInt(rows[0].p),
        problem: 'hash-mismatch',
      }),
    ]);
    const ranged = await verifyPostgresChain(store.pool, {
      fromPosition: BigInt(rows[0].p),
      toPosition: BigInt(rows[0].p),
    });
    expect(ranged.breaks[0]).toMatchObject({ streamId: 'hazard-1', revision: 1n });
    expect((await verifyPostgresChain(store.pool, { streamId: 'hazard-2' })).breaks).toEqual([]);
  });

  it('verifies a stream appended to while its events were being read (the anchor is ahead of the page)', async () => {
    await store.append('hazard-3', [aNewEvent()], 'no_stream');
    let appended = false;
    // The first page has been read; a writer appends to hazard-3 before its anchor row is compared.
    const racing = {
      query: async (text: string, values?: unknown[]) => {
        const result = await store.pool.query(text, values);
        if (!appended && /ORDER BY e.stream_id, e.stream_position/.test(text)) {
          appended = true;
          await store.append('hazard-3', [aNewEvent(), aNewEvent()], 0n);
        }
        return result;
      },
    } as unknown as typeof store.pool;
    const report = await verifyPostgresChain(racing, { streamId: 'hazard-3' });
    expect(appended).toBe(true);
    expect(report.breaks).toEqual([]);
    expect(report.checkedEvents).toBe(3);
  });

  it('finds a deleted event at the end of a stream through the stream anchor', async () => {
    await sql.query(`ALTER TABLE events DISABLE TRIGGER events_immutable_rows`);
    await sql.query(`DELETE FROM events WHERE stream_id = 'hazard-2' AND stream_position = 1`);
    await sql.query(`ALTER TABLE events ENABLE TRIGGER events_immutable_rows`);
    const report = await verifyPostgresChain(store.pool);
    expect(report.breaks).toEqual([expect.objectContaining({ streamId: 'hazard-2', problem: 'broken-link' })]);
  });

  it('ends a session left idle inside a transaction, so it cannot hold the read horizon back', async () => {
    const short = new PostgresEventStore({ connectionString: db.url, idleInTransactionTimeoutMs: 1000 });
    const client = await short.pool.connect();
    client.on('error', () => undefined);
    try {
      expect((await client.query('SHOW idle_in_transaction_session_timeout')).rows[0]).toEqual({
        idle_in_transaction_session_timeout: '1s',
      });
      await client.query('BEGIN');
      await client.query('SELECT pg_current_xact_id()');
      await new Promise((r) => setTimeout(r, 1500));
      await expect(client.query('SELECT 1')).rejects.toThrow(/idle-in-transaction|terminat|Connection/i);
    } finally {
      client.release(true);
      await short.close();
    }
  });
});
