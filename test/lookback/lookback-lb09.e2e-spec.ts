import { ApiApp } from '../support/api-app';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, sleep } from './lookback-support';

const LB09 = 'LB-09-softened-descriptions';

/** LB-09 over HTTP: a softened description (通风不畅 for a working face) is found; an honest general hazard is not. */
describe('look-back LB-09 (避重就轻: general hazards matching a major-hazard clause)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  let beforeGrading: string;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    ids.softened = await plant.hazard('mine-demo-1', 'enterprise.staff', '3# 采场掘进工作面通风不畅');
    ids.honest = await plant.hazard('mine-demo-1', 'enterprise.staff', '楼梯扶手警示标志缺失');
    ids.amended = await plant.hazard('mine-demo-1', 'enterprise.staff', '员工未佩戴安全帽');
    await plant.general(ids.honest);
    await sleep(20);
    beforeGrading = new Date().toISOString();
    await sleep(20);
    await plant.general(ids.softened);
    await plant.general(ids.amended);
    // Softened later: the text now describes a ventilation condition, still graded general.
    await plant.post('enterprise.staff', `/hazards/${ids.amended}/description-amendment`, {
      next: '-220m 中段工作面通风不良，风量不足',
      reason: '补充 / details',
    });
  });
  afterAll(() => api.close());

  it('lists the softened descriptions with the clause, score and matched terms; not the honest one', async () => {
    const { rows } = await lookback(api, LB09, {}, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.clauseId])).toEqual([
      [ids.softened, 'MHS2022-UG-20'],
      [ids.amended, 'MHS2022-UG-20'],
    ]);
    expect(rows[0]).toMatchObject({
      description: '3# 采场掘进工作面通风不畅',
      clauseTitle: '通风系统不符合要求',
      matchedTerms: expect.arrayContaining(['通风', '工作面']),
      policyVersion: 'lookback@2026.2',
      gradedBy: { id: 'u-enterprise-principal' },
    });
    expect(rows[0].score).toBeGreaterThanOrEqual(0.3);
    expect(rows[1].evidence.map((e) => e.type)).toEqual(['GeneralHazardDetermined', 'HazardDescriptionAmended']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(4);
  });

  it('as of before the grading, nothing: the honest hazard was graded, the softened ones not yet', async () =>
    expect((await lookback(api, LB09, { asOf: beforeGrading }, plant.lastPosition())).rows).toEqual([]));
});
