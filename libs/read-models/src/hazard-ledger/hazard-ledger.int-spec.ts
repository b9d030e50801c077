import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LogPosition, START, comparePositions } from '@hazard-ledger/domain';
import { createDataSource } from '@hazard-ledger/database';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, aNewEvent, createTestDatabase, waitFor } from '@hazard-ledger/testing';
import * as fx from '../../../domain/src/hazard/hazard.fixtures';
import { ProjectionRunner } from '../projection-runner';
import { liveTables } from '../projection';
import { readCheckpoint } from '../checkpoints/checkpoint-store';
import { hazardLedger } from '.';
import { queryHazardLedger, LedgerQuery } from './hazard-ledger.query';

const MINE = { mineId: fx.MINE_ID, name: '示范铁矿', siteType: 'underground', jurisdiction: '140404' };

describe('hazard ledger projection (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  let last: LogPosition = START;
  beforeEach(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
    last = START;
  });
  afterEach(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  const append = async (streamId: string, events: { type: string; data: object }[], occurredAt?: string) => {
    for (const e of events) {
      const r = await store.append(
        streamId,
        [
          aNewEvent({
            eventId: randomUUID(),
            type: e.type,
            data: e.data as never,
            metadata: { ...aNewEvent().metadata, occurredAt: occurredAt ?? new Date().toISOString() },
          }),
        ],
        'any',
      );
      if (comparePositions(r.logPosition, last) > 0) last = r.logPosition;
    }
  };
  const hazard = (id: string, events: { type: string; data: object }[]) =>
    events.map((e) => ({ ...e, data: { ...e.data, hazardId: id } }));
  const runUntilCaughtUp = async () => {
    const runner = new ProjectionRunner(ds, store, [hazardLedger.create(liveTables, store)], { batchSize: 3 });
    runner.start();
    await waitFor(async () => comparePositions(await readCheckpoint(ds.manager, 'hazard-ledger'), last) >= 0);
    await runner.stop();
  };
  const ledger = (q: Partial<LedgerQuery> = {}) =>
    queryHazardLedger(ds.manager, {
      filter: {},
      scope: { kind: 'all' },
      now: new Date().toISOString(),
      sort: 'discoveredAt',
      order: 'asc',
      limit: 50,
      ...q,
    });

  it('projects today’s ledger, the ledger as of an earlier instant, and filters', async () => {
    await append(`mine-${MINE.mineId}`, [{ type: 'MineRegistered', data: MINE }]);
    await append('hazard-h1', hazard('h1', fx.history.majorDetermined));
    await append('hazard-h2', hazard('h2', fx.history.generalDetermined));
    await runUntilCaughtUp();
    const between = (await ds.query(`SELECT clock_timestamp()::text AS t`))[0].t as string;
    await append('hazard-h1', hazard('h1', [fx.aHazardVoided()]));
    await runUntilCaughtUp();

    const today = await ledger();
    expect(today.items.map((r) => [r.hazardId, r.status, r.jurisdiction])).toEqual(
      expect.arrayContaining([
        ['h1', 'voided', '140404'],
        ['h2', 'general_determined', '140404'],
      ]),
    );
    const then = await ledger({ asOf: between });
    expect(then.items.find((r) => r.hazardId === 'h1')?.status).toBe('major_determined');
    expect((await ledger({ filter: { grade: 'major' } })).items.map((r) => r.hazardId)).toEqual(['h1']);
    expect((await ledger({ filter: { open: true } })).total).toBe(1);
    expect((await ledger({ scope: { kind: 'jurisdictions', codes: ['140402'] } })).total).toBe(0);
  });

  it('valid time follows occurredAt, and a backdated event rewrites it', async () => {
    await append(`mine-${MINE.mineId}`, [{ type: 'MineRegistered', data: MINE }]);
    await append('hazard-h1', hazard('h1', fx.history.discovered), '2024-03-01T00:00:00.000Z');
    await append('hazard-h1', hazard('h1', [fx.aMajorHazardDetermined()]), '2024-03-05T00:00:00.000Z');
    await runUntilCaughtUp();
    expect((await ledger({ validAt: '2024-03-03T00:00:00Z' })).items[0].status).toBe('discovered');
    // A late entry claiming it was voided on 03-02: valid time now says voided from then on.
    await append('hazard-h1', hazard('h1', [fx.aHazardVoided()]), '2024-03-02T00:00:00.000Z');
    await runUntilCaughtUp();
    expect((await ledger({ validAt: '2024-03-03T00:00:00Z' })).items[0].status).toBe('voided');
    expect((await ledger({ validAt: '2024-03-01T12:00:00Z' })).items[0].status).toBe('discovered');
    expect((await ledger({ validAt: '2024-02-01T00:00:00Z' })).total).toBe(0);
  });

  it('a batch applied twice changes no row', async () => {
    await append(`mine-${MINE.mineId}`, [{ type: 'MineRegistered', data: MINE }]);
    await append('hazard-h1', hazard('h1', fx.history.listed));
    // The log shows an event only once no older transaction in the cluster can still commit before it (the
    // read horizon); other suites' open transactions can hold it back for a moment.
    await waitFor(async () => comparePositions(await store.headPosition(), last) >= 0);
    const { events } = await store.readAll({ from: START, limit: 100 });
    const projection = hazardLedger.create(liveTables, store);
    const snapshot = () => ds.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM hazard_ledger t`);
    await ds.transaction((tx) => projection.apply(events, tx));
    const once = await snapshot();
    await ds.transaction((tx) => projection.apply(events, tx));
    await ds.transaction((tx) => projection.apply(events.slice(3), tx));
    expect(await snapshot()).toEqual(once);
    expect((await ds.query(`SELECT count(*)::int AS n FROM hazard_ledger`))[0].n).toBe(events.length - 1);
  });
});
