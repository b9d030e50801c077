import { ApiApp } from '../support/api-app';
import { planRequests } from '../support/enforcement-plan-requests';
import { recordInspectionBody } from '../support/inspection-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, sleep } from './lookback-support';

const LB23 = 'LB-23-plan-versus-actual';

/** LB-23 over HTTP: an approved plan met for mine-demo-1 (clean) and short for mine-demo-2, before and after approval. */
describe('look-back LB-23 (annual plan versus actual)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  let planId: string;
  let beforeApproval: string;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    for (const mineId of ['mine-demo-1', 'mine-demo-2'])
      await plant.post('leader.wang', `/mines/${mineId}/risk-grade`, {
        grade: 'A',
        reason: '年度评定 / annual grading',
      });
    const body = {
      ...planRequests.DraftEnforcementPlan.body('140404'),
      mines: [{ mineId: 'mine-demo-1' }, { mineId: 'mine-demo-2', plannedInspections: 3 }],
    };
    planId = (await plant.post('inspector.zhang', '/enforcement-plans', body, 201)).id;
    for (const mineId of ['mine-demo-1', 'mine-demo-2'])
      await plant.post(
        'inspector.zhang',
        '/inspections',
        recordInspectionBody(mineId, { occurredAt: new Date(Date.now() - 60_000).toISOString() }),
        201,
      );
    await sleep(20);
    beforeApproval = new Date().toISOString();
    await sleep(20);
    await plant.post(
      'leader.wang',
      planRequests.ApproveEnforcementPlan.path(planId),
      planRequests.ApproveEnforcementPlan.body('140404'),
    );
  });
  afterAll(() => api.close());

  it('lists mine-demo-2, one of three planned inspections done; mine-demo-1 met its one', async () => {
    const { rows } = await lookback(api, LB23, {}, plant.lastPosition());
    expect(rows.map((r) => [r.mineId, r.planned, r.actual, r.shortfall, r.overCap, r.unannouncedShare])).toEqual([
      ['mine-demo-2', 3, 1, 2, false, 1],
    ]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual([
      'EnforcementPlanDrafted',
      'InspectionRecorded',
      'EnforcementPlanApproved',
    ]);
    expect(await expectEvidenceVerifies(api, rows)).toBe(3);
  });

  it('before the plan was approved there was no plan to measure against', async () =>
    expect((await lookback(api, LB23, { asOf: beforeApproval }, plant.lastPosition())).rows).toEqual([]));
});
