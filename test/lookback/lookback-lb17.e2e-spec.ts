import { ApiApp } from '../support/api-app';
import { plantDocument } from '../support/planted-documents';
import { permitBody } from '../support/monthly-duty-requests';
import { signalBody } from '../support/production-signal-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { download, expectEvidenceVerifies, lookback, planter, signed, sleep } from './lookback-support';

const LB17 = 'LB-17-resumed-before-approval';
const MINE = 'mine-demo-1';

/** LB-17 over HTTP: signs of production between a 停产整顿 order and its 复产批准, planted with clean records beside. */
describe('look-back LB-17 (resumed production before the resumption approval)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  const cuts: Record<string, string> = {};
  const mark = async (name: string) => {
    await sleep(20);
    cuts[name] = new Date().toISOString();
    await sleep(20);
  };
  const signal = async (mineId: string, overrides: Record<string, unknown> = {}) =>
    (
      await plant.post(
        'inspector.zhang',
        '/production-signals',
        signalBody(mineId, { period: undefined, observedAt: new Date().toISOString(), ...overrides }),
        201,
      )
    ).id;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true, plantedDocuments: true });
    plant = planter(api);
    const order = plantDocument('suspension_order', MINE, [], 'doc-order-lb17');
    const approval = plantDocument('resumption_approval', MINE, [], 'doc-approval-lb17');
    // Clean: observed before the order.
    ids.beforeOrder = await signal(MINE, { observedAt: new Date(Date.now() - 3_600_000).toISOString() });
    await mark('beforeSuspension');
    await plant.post('inspector.zhang', `/mines/${MINE}/suspension`, {
      documentId: order.documentId,
      extent: 'full',
      reason: '主通风机停运仍组织生产 / producing without main ventilation',
      ...signed,
    });
    await sleep(30);
    // Planted: power data show production under the order; hot work started under it too.
    ids.planted = await signal(MINE, { source: 'power' });
    cuts.duringOrder = new Date().toISOString();
    // Clean: data showing the mine stopped; a producing mine that is under no order.
    ids.stopped = await signal(MINE, { producing: false, source: 'monitoring' });
    ids.otherMine = await signal('mine-demo-2', { source: 'output', value: 120, unit: 't' });
    ids.permit = (await plant.post('enterprise.staff', '/hot-work-permits', permitBody(MINE), 201)).id;
    await plant.post('enterprise.principal', `/hot-work-permits/${ids.permit}/approval`, {
      precautions: ['清理周边 10 m 内可燃物', '专人监护'],
      ...signed,
    });
    await plant.post('enterprise.staff', `/hot-work-permits/${ids.permit}/start`, {});
    await mark('beforeApproval');
    await plant.post('leader.wang', `/mines/${MINE}/resumption`, { documentId: approval.documentId, ...signed });
    await sleep(30);
    // Clean: production after the approval. Planted late: a reading of the suspension entered after the approval.
    ids.afterApproval = await signal(MINE, { source: 'personnel_positioning', value: 30, unit: '人' });
    ids.lateEntry = await signal(MINE, { source: 'personnel_positioning', observedAt: cuts.duringOrder });
  }, 120_000);
  afterAll(() => api.close());

  const run = (q: Record<string, string> = {}) => lookback(api, LB17, q, plant.lastPosition());

  it('lists exactly the planted signs: the power reading, the hot work, the late-entered reading — with the approval', async () => {
    const { rows } = await run();
    expect(rows.map((r) => [r.activity, r.source, r.approvedByCut])).toEqual([
      ['production_signal', 'power', true],
      ['hot_work_started', 'hot_work', true],
      ['production_signal', 'personnel_positioning', true],
    ]);
    expect(rows.map((r) => r.reference)).toContain(ids.permit);
    for (const row of rows) {
      expect(row).toMatchObject({
        mineId: MINE,
        orderNo: '(上党)应急停〔2024〕doc-order-lb17',
        orderedBy: { id: 'u-inspector-zhang', role: 'inspector' },
        approvalNo: '(上党)应急复〔2024〕doc-approval-lb17',
        approvedBy: { id: 'u-leader-wang', role: 'supervising_leader' },
      });
      expect(Date.parse(row.observedAt as string)).toBeGreaterThan(Date.parse(row.suspendedAt as string));
      expect(Date.parse(row.observedAt as string)).toBeLessThan(Date.parse(row.approvedAt as string));
      expect(row.hoursBeforeApproval).toBeGreaterThanOrEqual(0);
    }
    expect(rows[0].evidence.map((e) => e.type)).toEqual([
      'MineProductionSuspended',
      'ProductionSignalRecorded',
      'MineProductionResumed',
    ]);
    expect(rows[1].evidence.map((e) => e.type)).toEqual([
      'MineProductionSuspended',
      'HotWorkStarted',
      'MineProductionResumed',
    ]);
    const signalStreams = rows.flatMap((r) => r.evidence.map((e) => e.streamId));
    for (const clean of [ids.beforeOrder, ids.stopped, ids.otherMine, ids.afterApproval])
      expect(signalStreams).not.toContain(`production-signal-${clean}`);
    expect(signalStreams).toContain(`production-signal-${ids.planted}`);
    expect(signalStreams).toContain(`production-signal-${ids.lateEntry}`);
    expect(await expectEvidenceVerifies(api, rows)).toBe(9);
  });

  it('as of before the approval: the two signs then recorded, no approval yet, the gap running to the cut', async () => {
    const { rows, cut } = await run({ asOf: cuts.beforeApproval });
    expect(cut.asOf).toBe(cuts.beforeApproval);
    expect(rows.map((r) => [r.activity, r.approvalNo, r.approvedAt, r.approvedBy, r.approvedByCut])).toEqual([
      ['production_signal', null, null, null, false],
      ['hot_work_started', null, null, null, false],
    ]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual(['MineProductionSuspended', 'ProductionSignalRecorded']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(4);
  });

  it('as of before the order: nothing; another mine: nothing', async () => {
    expect((await run({ asOf: cuts.beforeSuspension })).rows).toEqual([]);
    expect((await run({ mineId: 'mine-demo-2' })).rows).toEqual([]);
    expect((await run({ mineId: MINE })).rows).toHaveLength(3);
  });

  it('exports the same rows as CSV with Chinese headers (the Excel path every query shares)', async () => {
    const csv = await download(api, 'investigator', `/lookback/${LB17}/export.xlsx?format=csv&mineId=${MINE}`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('复产批准 approval');
    expect(csv.text).toContain('早于批准（小时）hours before approval');
    expect(csv.text.split('(上党)应急复〔2024〕doc-approval-lb17').length - 1).toBe(3);
  });

  it('is in the catalogue with its limits in both languages', async () => {
    const res = await api.http.get('/lookback').set('Authorization', await api.login('auditor'));
    const entry = (res.body.queries as { id: string; limits: { zh: string; en: string } }[]).find((q) => q.id === LB17);
    expect(entry?.limits.zh).toContain('企业自行停产');
    expect(entry?.limits.en).toContain('enterprise’s own stop');
  });
});
