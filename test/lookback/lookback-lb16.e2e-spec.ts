import { ApiApp } from '../support/api-app';
import { anEvidence, finding, hazardRequests } from '../support/hazard-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, sleep } from './lookback-support';

const LB16 = 'LB-16-refound-after-closure';

/** LB-16 over HTTP: a closed hazard found again (as a recurrence, and afresh at its location); elsewhere is clean. */
describe('look-back LB-16 (re-found after closure)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  let beforeClosure: string;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    ids.earlier = await plant.hazard('mine-demo-1');
    const on = (suffix: string) => `/hazards/${ids.earlier}/${suffix}`;
    await plant.general(ids.earlier, 'enterprise.staff');
    await plant.post('enterprise.staff', on('rectification-assignment'), hazardRequests.AssignRectification.body());
    await plant.post('enterprise.staff', on('rectification-completion'), { evidence: [anEvidence('fixed.jpg', 'e5')] });
    await plant.post('enterprise.principal', on('rectification-verification'), {});
    await sleep(20);
    beforeClosure = new Date().toISOString();
    await sleep(20);
    await plant.post('enterprise.staff', on('closure'), {});
    ids.recurred = (
      await plant.post('enterprise.staff', on('recurrences'), { ...finding(), source: 'self_check' }, 201)
    ).id;
    ids.afresh = await plant.hazard('mine-demo-1');
    ids.elsewhere = (
      await plant.post(
        'enterprise.staff',
        '/hazards',
        { ...finding(), mineId: 'mine-demo-1', source: 'self_check', location: '-80m 中段 1# 采场' },
        201,
      )
    ).id;
  });
  afterAll(() => api.close());

  it('lists the recurrence and the fresh finding at the same location, not the one elsewhere', async () => {
    const { rows } = await lookback(api, LB16, {}, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.earlierHazardId, r.linkedAsRecurrence])).toEqual([
      [ids.recurred, ids.earlier, true],
      [ids.afresh, ids.earlier, false],
    ]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual(['HazardClosed', 'HazardDiscovered', 'HazardRecurred']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(5);
  });

  it('as of before the closure: nothing had ended, nothing is listed', async () =>
    expect((await lookback(api, LB16, { asOf: beforeClosure }, plant.lastPosition())).rows).toEqual([]));
});
