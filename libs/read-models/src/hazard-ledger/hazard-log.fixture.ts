import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LogPosition, RecordedEvent, START, comparePositions } from '@hazard-ledger/domain';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, aNewEvent, createTestDatabase, waitFor } from '@hazard-ledger/testing';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';

export const MINE = { mineId: fx.MINE_ID, name: '示范铁矿', siteType: 'underground', jurisdiction: '140404' };

type FixtureEvent = { type: string; data: object };

/** The fixture events as hazard `id`'s. */
export const hazard = (id: string, events: FixtureEvent[]): FixtureEvent[] =>
  events.map((e) => ({ ...e, data: { ...e.data, hazardId: id } }));

/**
 * A fresh database per test (registered as beforeEach/afterEach) with a store that appends fixture events one
 * commit each, with the occurredAt they claim, remembering the newest log position.
 */
export const useHazardLog = () => {
  const log = {
    db: undefined as unknown as TestDatabase,
    ds: undefined as unknown as DataSource,
    store: undefined as unknown as PostgresEventStore,
    last: START as LogPosition,
    append: async (streamId: string, events: FixtureEvent[], occurredAt?: string) => {
      for (const e of events) {
        const metadata = { ...aNewEvent().metadata, occurredAt: occurredAt ?? new Date().toISOString() };
        const event = aNewEvent({ eventId: randomUUID(), type: e.type, data: e.data as never, metadata });
        const r = await log.store.append(streamId, [event], 'any');
        if (comparePositions(r.logPosition, log.last) > 0) log.last = r.logPosition;
      }
    },
    /**
     * The log from `from` on, once the read horizon has passed the last append (cluster-wide: other suites' open
     * transactions can hold it back for a moment).
     */
    read: async (from: LogPosition = START): Promise<RecordedEvent[]> => {
      await waitFor(async () => comparePositions(await log.store.headPosition(), log.last) >= 0);
      return (await log.store.readAll({ from, limit: 1000 })).events;
    },
  };
  beforeEach(async () => {
    log.db = await createTestDatabase();
    log.ds = await createDataSource(log.db.url).initialize();
    log.store = new PostgresEventStore({ connectionString: log.db.url, pollIntervalMs: 20 });
    log.last = START;
  });
  afterEach(async () => {
    await log.store.close();
    await log.ds.destroy();
    await log.db.drop();
  });
  return log;
};
