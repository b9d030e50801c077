import { comparePositions } from '@hazard-ledger/domain';
import { waitFor } from '@hazard-ledger/testing';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { ProjectionRunner, liveTables, readCheckpoint } from '@hazard-ledger/projection-engine';
import { hazardLedger } from '.';
import { queryHazardLedger, LedgerQuery } from './hazard-ledger.query';
import { MINE, hazard, useHazardLog } from './hazard-log.fixture';

describe('hazard ledger projection (real PostgreSQL)', () => {
  const log = useHazardLog();
  const { append } = log;
  const runUntilCaughtUp = async () => {
    const runner = new ProjectionRunner(log.ds, log.store, [hazardLedger.create(liveTables, log.store)], {
      batchSize: 3,
    });
    runner.start();
    await waitFor(async () => comparePositions(await readCheckpoint(log.ds.manager, 'hazard-ledger'), log.last) >= 0);
    await runner.stop();
  };
  const ledger = (q: Partial<LedgerQuery> = {}) =>
    queryHazardLedger(log.ds.manager, {
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
    const between = (await log.ds.query(`SELECT clock_timestamp()::text AS t`))[0].t as string;
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
    const events = await log.read();
    const projection = hazardLedger.create(liveTables, log.store);
    const snapshot = () =>
      log.ds.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM hazard_ledger t`);
    await log.ds.transaction((tx) => projection.apply(events, tx));
    const once = await snapshot();
    await log.ds.transaction((tx) => projection.apply(events, tx));
    await log.ds.transaction((tx) => projection.apply(events.slice(3), tx));
    expect(await snapshot()).toEqual(once);
    expect((await log.ds.query(`SELECT count(*)::int AS n FROM hazard_ledger`))[0].n).toBe(events.length - 1);
  });
});
