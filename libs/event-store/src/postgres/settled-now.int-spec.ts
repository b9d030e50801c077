import { Client, PoolClient } from 'pg';
import { comparePositions } from '@hazard-ledger/domain';
import { TestDatabase, aNewEvent, createTestDatabase } from '@hazard-ledger/testing';
import { appendInTransaction } from './append';
import { PostgresEventStore } from './postgres-event-store';
import { HorizonNotSettled } from '../errors';
import { settledNow } from './settled-now';

/** An appender that has read the clock (round trip 1) and then stalls before it inserts and commits. */
const stallAfterStamp = (client: PoolClient, stamped: () => void, go: Promise<void>): PoolClient =>
  new Proxy(client, {
    get(target, prop) {
      if (prop === 'query')
        return async (sql: string, params?: unknown[]) => {
          if (typeof sql === 'string' && sql.startsWith('EXECUTE hl_insert')) {
            stamped();
            await go;
          }
          return target.query(sql, params);
        };
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('settled now: a clock no append stamped before it can still be missing from its head (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: db.url });
    await store.append('warm-up', [aNewEvent()], 'no_stream');
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it('given an append stamped and not yet committed, when now is settled, then it waits for the commit and its head holds the event', async () => {
    let release!: () => void;
    const go = new Promise<void>((resolve) => (release = resolve));
    let onStamped!: () => void;
    const stamped = new Promise<void>((resolve) => (onStamped = resolve));
    const client = await store.pool.connect();
    const append = appendInTransaction(
      stallAfterStamp(client, onStamped, go),
      'sm3',
      'hazard-late',
      [aNewEvent()],
      'no_stream',
    );
    await stamped;

    let settled = false;
    const now = store.settledNow().finally(() => (settled = true));
    await sleep(300);
    expect(settled).toBe(false);
    release();
    const written = await append;
    client.release();
    const { at, head } = await now;

    const [event] = await store.readStream('hazard-late');
    expect(Date.parse(event.recordedAt)).toBeLessThanOrEqual(Date.parse(at));
    expect(comparePositions(head, written.logPosition)).toBeGreaterThanOrEqual(0);
  });

  it('given an open append, when it outlasts the bound, then settling fails rather than answer with a head that may move', async () => {
    const client = await store.pool.connect();
    await client.query('BEGIN; SELECT pg_current_xact_id()');
    await expect(settledNow(store.pool, 200)).rejects.toBeInstanceOf(HorizonNotSettled);
    await client.query('ROLLBACK');
    client.release();
  });

  it('given a transaction open in another database of the cluster, then it does not hold this one', async () => {
    const other = await createTestDatabase();
    const client = new Client({ connectionString: other.url });
    await client.connect();
    try {
      await client.query('BEGIN; SELECT pg_current_xact_id()');
      const written = await store.append('hazard-beside', [aNewEvent()], 'no_stream');
      const { head } = await settledNow(store.pool, 1_000);
      expect(head).toEqual(written.logPosition);
    } finally {
      await client.query('ROLLBACK');
      await client.end();
      await other.drop();
    }
  });

  it('given no open append, then the head is the newest event and the clock is not before it', async () => {
    const written = await store.append('hazard-quiet', [aNewEvent()], 'no_stream');
    const { at, head } = await store.settledNow();
    expect(head).toEqual(written.logPosition);
    const [event] = await store.readStream('hazard-quiet');
    expect(Date.parse(at)).toBeGreaterThanOrEqual(Date.parse(event.recordedAt));
  });
});
