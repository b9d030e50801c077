import { comparePositions, parsePosition } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { tipsBoard } from '@hazard-ledger/read-models';
import { readCheckpoint, rebuildProjection } from '@hazard-ledger/projection-engine';
import { DataSource } from 'typeorm';
import { ApiApp } from '../support/api-app';
import { buildFromScratch, caughtUp, hashesOf } from '../support/read-model-snapshot';
import { TipLinks, receiveBody, startTipsApp, tipSteps } from '../support/tip-steps';

/** The tips board, built live while tips move through their loop concurrently, equals a build from zero. */
describe('rebuild equals incremental: the tips board (举报看板)', () => {
  let api: ApiApp;
  let links: TipLinks;
  let last = '0/0';
  const note = (text: string) => {
    const p = /"logPosition":"([^"]+)"/.exec(text)?.[1];
    if (p && comparePositions(parsePosition(p), parsePosition(last)) > 0) last = p;
  };
  beforeAll(async () => {
    ({ api, links } = await startTipsApp({ runProjections: true }));
  }, 90_000);
  afterAll(() => api.close());

  it('row for row, live and after `projections rebuild`', async () => {
    const steps = tipSteps(api, (_where, text) => note(text));
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const reporter =
          i % 2 ? { anonymous: true, internal: false } : { anonymous: false, internal: false, name: '某人' };
        const tip = (await steps.post('inspector.zhang', '/tips', receiveBody(reporter))).body;
        if (i % 3 === 0) await steps.throughTheLoop(tip.id, links, { claimCode: tip.claimCode });
        if (i % 3 === 1) await steps.post('inspector.zhang', `/tips/${tip.id}/refusal`, { reason: '不属于举报范围' });
        if (i === 0)
          await steps.post('custodian.chen', `/tips/${tip.id}/identity/reveal`, { reason: '核实是否遭打击报复' });
      }),
    );
    const ds = api.app.get(DataSource);
    const store = api.app.get<EventStore>(EVENT_STORE);
    await caughtUp(ds, [tipsBoard], parsePosition(last));
    const live = await hashesOf(ds, tipsBoard.tables);
    expect((live[tipsBoard.tables[0]] as { rows: number }).rows).toBeGreaterThanOrEqual(6);
    // The live rows name the mine as the rebuilt ones do (the receipt is the tip's opening event for mine facts).
    const named = await ds.query(`SELECT count(*)::int AS n FROM tips_board WHERE mine_name IS NOT NULL`);
    expect(named[0].n).toBe((live[tipsBoard.tables[0]] as { rows: number }).rows);
    const shadows = await buildFromScratch(ds, store, tipsBoard, await readCheckpoint(ds.manager, tipsBoard.name));
    expect(await hashesOf(ds, shadows)).toEqual(live);
    await rebuildProjection({ dataSource: ds, feed: store, definition: tipsBoard, batchSize: 5 });
    expect(await hashesOf(ds, tipsBoard.tables, store)).toEqual(live);
  }, 120_000);
});
