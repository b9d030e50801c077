import { ApiApp } from '../support/api-app';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, sleep } from './lookback-support';

const LB14 = 'LB-14-rescoped-before-deadline';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** LB-14 over HTTP: a location re-scoped three days before its rectification deadline; one a month ahead is clean. */
describe('look-back LB-14 (re-scoped shortly before a deadline)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  let beforeAmendments: string;

  const assigned = async (deadline: string) => {
    const id = await plant.hazard('mine-demo-1');
    await plant.general(id);
    await plant.post('enterprise.staff', `/hazards/${id}/rectification-assignment`, {
      assignee: { id: 'u-enterprise-staff', name: '赵安全' },
      deadline,
    });
    return id;
  };
  const rescope = (id: string) =>
    plant.post('enterprise.staff', `/hazards/${id}/location-amendment`, {
      next: '-120m 中段 5# 采场',
      reason: '位置更正 / moved',
    });

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    ids.near = await assigned(inDays(3));
    ids.far = await assigned(inDays(30));
    await sleep(20);
    beforeAmendments = new Date().toISOString();
    await sleep(20);
    await rescope(ids.near);
    await rescope(ids.far);
  });
  afterAll(() => api.close());

  it('lists the re-scope three days before the deadline, not the one a month ahead', async () => {
    const { rows } = await lookback(api, LB14, {}, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.act, r.duringReview])).toEqual([[ids.near, 'HazardLocationAmended', false]]);
    expect(rows[0].daysBeforeDeadline).toBeCloseTo(3, 0);
    expect(rows[0].evidence.map((e) => e.type)).toEqual(['RectificationAssigned', 'HazardLocationAmended']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(2);
  });

  it('as of before the amendments: nothing', async () =>
    expect((await lookback(api, LB14, { asOf: beforeAmendments }, plant.lastPosition())).rows).toEqual([]));
});
