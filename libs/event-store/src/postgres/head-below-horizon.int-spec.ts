import { LogPosition, comparePositions } from '@hazard-ledger/domain';
import { HORIZON_WAIT_MS, TestDatabase, aNewEvent, createTestDatabase, waitFor } from '@hazard-ledger/testing';
import { PostgresEventStore } from './postgres-event-store';
import { HEAD_BELOW_HORIZON_SQL } from './stream-ordered-reader';

describe('headPosition: the newest event below the read horizon (real PostgreSQL)', () => {
  jest.setTimeout(2 * HORIZON_WAIT_MS); // a wait for the horizon, plus the test itself
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: db.url });
  });
  // The horizon is cluster-wide: another suite's transaction may hold it (a rebuild's COPYs: seconds). Only this
  // suite appends here, so once the head has reached a position it is that position — unless read in the wrong order.
  const headReaching = (position: LogPosition) =>
    waitFor(async () => {
      const head = await store.headPosition();
      return comparePositions(head, position) >= 0 && head;
    }, HORIZON_WAIT_MS);
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it('given one commit whose positions cross a power of ten, then the head is its last event (numeric order)', async () => {
    const result = await store.append(
      'hazard-h',
      Array.from({ length: 12 }, () => aNewEvent()),
      'no_stream',
    );
    const events = await store.readStream('hazard-h');
    const positions = events.map((e) => e.position.toString());
    // The case the text ordering got wrong: "9" sorts above "12".
    expect(positions.some((p) => p.length < positions.at(-1)!.length)).toBe(true);

    const head = await headReaching(result.logPosition);

    expect(head).toEqual(result.logPosition);
    expect(head).toEqual(events.at(-1)!.logPosition);
  });

  it('given a later commit, then the head moves to it, and the rebuild cut is the same head', async () => {
    const before = await store.headPosition();
    const result = await store.append('hazard-i', [aNewEvent()], 'no_stream');

    const head = await headReaching(result.logPosition);
    expect(comparePositions(head, before)).toBeGreaterThan(0);
    expect(head).toEqual(result.logPosition);
    const reader = store.streamOrderedReader();
    expect(await reader.cut()).toEqual(result.logPosition);
  });

  it('finds the head by one index step, not by sorting the log', async () => {
    const { rows } = await store.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${HEAD_BELOW_HORIZON_SQL}`);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Index (Only )?Scan Backward using events_log_order/);
    expect(plan).not.toMatch(/Sort/);
  });
});
