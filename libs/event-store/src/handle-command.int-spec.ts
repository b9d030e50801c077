import { Command, Decider, DomainEvent } from '@hazard-ledger/domain';
import { TestDatabase, anActor, createTestDatabase } from '@hazard-ledger/testing';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { deterministicEventId, handleCommand, requestHashOf } from './handle-command';
import { IdempotencyKeyReused, WrongExpectedRevision } from './errors';

type Count = Command<'Count', { by: number }>;
type Counted = DomainEvent<'Counted', { by: number; total: number }>;
const counter: Decider<Count, Counted, number> = {
  initialState: () => 0,
  evolve: (total, e) => e.data.total ?? total,
  decide: (c, total) => [{ type: 'Counted', data: { by: c.data.by, total: total + c.data.by } }],
};
const count = (by: number): Count => ({
  type: 'Count',
  data: { by },
  metadata: { now: '2026-11-29T08:00:00.000Z', actor: { ...anActor(), role: 'inspector' } },
});

describe('handleCommand', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: db.url });
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it('decides on the folded stream and records the envelope', async () => {
    await handleCommand(store, 'counter-a', counter, count(2), { correlationId: 'c-1' });
    const result = await handleCommand(store, 'counter-a', counter, count(3), {
      correlationId: 'c-2',
      reason: '复核 / recheck',
      occurredAt: '2026-11-28T10:00:00.000Z',
    });
    expect(result).toMatchObject({ revision: 1n, replayed: false, events: [{ data: { total: 5 } }] });
    const [, second] = await store.readStream('counter-a');
    expect(second.metadata).toMatchObject({
      correlationId: 'c-2',
      reason: '复核 / recheck',
      occurredAt: '2026-11-28T10:00:00.000Z',
    });
    expect(second.metadata.actor.role).toBe('inspector');
  });

  it('answers a retried request with the original result and writes nothing', async () => {
    const env = { correlationId: 'c', idempotencyKey: 'key-1', requestHash: requestHashOf({ by: 1 }) };
    const first = await handleCommand(store, 'counter-b', counter, count(1), env);
    await handleCommand(store, 'counter-b', counter, count(4), { correlationId: 'other' });
    const retry = await handleCommand(store, 'counter-b', counter, count(1), env);
    expect(retry).toMatchObject({ revision: first.revision, position: first.position, replayed: true });
    expect((await store.readStream('counter-b')).map((e) => e.data.total)).toEqual([1, 5]);
    expect((await store.readStream('counter-b'))[0].eventId).toBe(deterministicEventId('key-1', 'counter-b', 0));
  });

  it('refuses an idempotency key reused for a different request', async () => {
    await handleCommand(store, 'counter-c', counter, count(1), {
      correlationId: 'c',
      idempotencyKey: 'k',
      requestHash: 'h1',
    });
    await expect(
      handleCommand(store, 'counter-c', counter, count(9), {
        correlationId: 'c',
        idempotencyKey: 'k',
        requestHash: 'h2',
      }),
    ).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(await store.readStream('counter-c')).toHaveLength(1);
  });

  it('refuses a stale If-Match with the current revision, and retries a lost race without one', async () => {
    await handleCommand(store, 'counter-d', counter, count(1), { correlationId: 'c' });
    await expect(
      handleCommand(store, 'counter-d', counter, count(1), { correlationId: 'c', expectedRevision: 5n }),
    ).rejects.toMatchObject({
      actual: 0n,
    });
    await expect(
      handleCommand(store, 'counter-d', counter, count(1), { correlationId: 'c', expectedRevision: 5n }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
    await Promise.all(
      Array.from({ length: 3 }, () => handleCommand(store, 'counter-d', counter, count(1), { correlationId: 'c' })),
    );
    expect((await store.readStream('counter-d')).map((e) => e.data.total)).toEqual([1, 2, 3, 4]);
  });
});
