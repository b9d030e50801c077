import { firstValueFrom, take, toArray } from 'rxjs';
import { START } from '@hazard-ledger/domain';
import { TestDatabase, aNewEvent, createTestDatabase } from '@hazard-ledger/testing';
import { eventBatches$ } from '../event-batches';
import { PostgresEventStore } from './postgres-event-store';

describe('eventBatches$ (rxjs view of a subscription)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it('emits live batches in log order', async () => {
    const received = firstValueFrom(eventBatches$(store, START, { batchSize: 1 }).pipe(take(3), toArray()));
    await store.append('hazard-rx', [aNewEvent()], 'no_stream');
    await store.append('hazard-rx', [aNewEvent()], 0n);
    await store.append('hazard-rx', [aNewEvent()], 1n);
    const batches = await received;
    expect(batches.flatMap((b) => b.events.map((e) => e.revision))).toEqual([0n, 1n, 2n]);
  });
});
