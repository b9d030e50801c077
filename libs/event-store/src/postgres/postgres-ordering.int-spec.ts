import { Client, PoolClient } from 'pg';
import { LogPosition, RecordedEvent, START, comparePositions } from '@hazard-ledger/domain';
import { TestDatabase, aNewEvent, createTestDatabase } from '@hazard-ledger/testing';
import { appendInTransaction } from './append';
import { PostgresEventStore } from './postgres-event-store';

/** Holds the append transaction open (its xid already assigned) for `ms` before its COMMIT. */
const commitLate = (client: PoolClient, ms: () => number): PoolClient =>
  new Proxy(client, {
    get(target, prop) {
      if (prop === 'query')
        return async (sql: string, params?: unknown[]) => {
          if (typeof sql !== 'string' || !sql.endsWith('; COMMIT')) return target.query(sql, params);
          const written = await target.query(sql.slice(0, -'; COMMIT'.length));
          await target.query('SELECT pg_sleep($1)', [ms() / 1000]);
          return [written, await target.query('COMMIT')];
        };
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

const slowAppend = async (
  store: PostgresEventStore,
  streamId: string,
  expected: bigint | 'no_stream' | 'any',
  ms: () => number,
) => {
  const client = await store.pool.connect();
  try {
    return await appendInTransaction(commitLate(client, ms), 'sm3', streamId, [aNewEvent()], expected);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
};

const subscribeUntil = async (store: PostgresEventStore, from: LogPosition, done: (n: number) => boolean) => {
  const got: RecordedEvent[] = [];
  let checkpoint = from;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 30000);
  for await (const batch of store.subscribe(from, { batchSize: 7, signal: abort.signal })) {
    got.push(...batch.events);
    checkpoint = batch.checkpoint;
    if (done(got.length)) break;
  }
  clearTimeout(timer);
  return { got, checkpoint };
};

const expectLogOrder = (events: RecordedEvent[]) => {
  for (let i = 1; i < events.length; i++)
    expect(comparePositions(events[i - 1].logPosition, events[i].logPosition)).toBe(-1);
};

const expectEachStreamInRevisionOrder = (events: RecordedEvent[]) => {
  const next = new Map<string, bigint>();
  for (const e of events) {
    expect(e.revision).toBe(next.get(e.streamId) ?? 0n);
    next.set(e.streamId, e.revision + 1n);
  }
};

describe('PostgresEventStore ordering and concurrency', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeEach(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20, poolSize: 60 });
  });
  afterEach(async () => {
    await store.close();
    await db.drop();
  });

  it('lets exactly one of 50 concurrent appends at the same revision win, and leaves no gaps', async () => {
    await store.append('hazard-race', [aNewEvent()], 'no_stream');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () => store.append('hazard-race', [aNewEvent()], 0n)),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected).toHaveLength(49);
    for (const r of rejected)
      expect(r.reason).toMatchObject({ name: 'WrongExpectedRevision', actual: 1n, expected: 0n });

    // Then all 50 keep retrying at the revision they are told: each revision is won exactly once.
    const writer = async () => {
      for (let expected = 1n; ; ) {
        try {
          return (await store.append('hazard-race', [aNewEvent()], expected)).nextExpectedRevision;
        } catch (e) {
          expected = (e as { actual: bigint }).actual;
        }
      }
    };
    const won = await Promise.all(Array.from({ length: 50 }, writer));
    expect(new Set(won).size).toBe(50);
    const revisions = (await store.readStream('hazard-race')).map((e) => e.revision);
    expect(revisions).toEqual(Array.from({ length: 52 }, (_, i) => BigInt(i)));
  });

  it('writes one set of rows when the same append is retried concurrently', async () => {
    const events = [aNewEvent(), aNewEvent()];
    const results = await Promise.all(
      Array.from({ length: 5 }, () => store.append('hazard-retry', events, 'no_stream')),
    );
    for (const r of results) expect(r).toEqual(results[0]);
    expect(await store.readStream('hazard-retry')).toHaveLength(2);
  });

  it('never skips an event that commits after a later one (where a position-ordered reader does)', async () => {
    const slow = slowAppend(store, 'hazard-slow', 'no_stream', () => 800);
    await new Promise((r) => setTimeout(r, 150));
    await store.append('hazard-fast', [aNewEvent()], 'no_stream');
    // A naive reader ordered by global_position alone now sees the fast event and moves past the slow one.
    const naive = await store.pool.query(`SELECT global_position FROM events ORDER BY global_position`);
    const naiveCheckpoint = Number(naive.rows[naive.rows.length - 1].global_position);
    await slow;
    const naiveLater = await store.pool.query(`SELECT stream_id FROM events WHERE global_position > $1`, [
      naiveCheckpoint,
    ]);
    expect(naiveLater.rows).toHaveLength(0);

    const { got } = await subscribeUntil(store, START, (n) => n >= 2);
    expect(got.map((e) => e.streamId)).toEqual(['hazard-slow', 'hazard-fast']);
  });

  it('delivers every event of 8 out-of-order writers exactly once, across a stop and restart', async () => {
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; i < 12; i++)
        await slowAppend(store, `hazard-w${w}`, i === 0 ? 'no_stream' : BigInt(i - 1), () => Math.random() * 120);
    });
    const first = await subscribeUntil(store, START, (n) => n >= 40);
    await Promise.all(writers);
    const second = await subscribeUntil(store, first.checkpoint, (n) => first.got.length + n >= 96);
    const all = [...first.got, ...second.got];
    expect(all).toHaveLength(96);
    expect(new Set(all.map((e) => e.eventId)).size).toBe(96);
    expectLogOrder(all);
    expectEachStreamInRevisionOrder(all);
    const stored = await store.pool.query(`SELECT count(*)::int AS n FROM events`);
    expect(stored.rows[0].n).toBe(96);
  });

  it('delivers each stream in revision order while a long transaction holds the horizon', async () => {
    const blocker = new Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT pg_current_xact_id()');
    const streams = ['hazard-a', 'hazard-b', 'hazard-c'];
    const writers = Array.from({ length: 12 }, async (_, w) => {
      for (let i = 0; i < 8; i++) await store.append(streams[(w + i) % 3], [aNewEvent()], 'any');
    });
    const release = new Promise((r) => setTimeout(r, 700)).then(() => blocker.query('COMMIT'));
    const { got } = await subscribeUntil(store, START, (n) => n >= 96);
    await Promise.all([...writers, release]);
    await blocker.end();
    expect(got).toHaveLength(96);
    expectLogOrder(got);
    expectEachStreamInRevisionOrder(got);
    // The invariant behind it: within a stream, transaction-id order equals revision order.
    const inverted = await store.pool.query(
      `SELECT 1 FROM events a JOIN events b ON a.stream_id = b.stream_id
        AND a.stream_position < b.stream_position AND a.tx_id > b.tx_id LIMIT 1`,
    );
    expect(inverted.rowCount).toBe(0);
  });

  it('takes the stream lock before the transaction has an id (so the lock order fixes the xid order)', async () => {
    const client = await store.pool.connect();
    try {
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(42)`);
      const { rows } = await client.query(`SELECT pg_current_xact_id_if_assigned() AS xid`);
      expect(rows[0].xid).toBeNull();
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
  });
});
