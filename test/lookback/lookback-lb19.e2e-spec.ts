import { ApiApp } from '../support/api-app';
import { hazardRequests, remediationPlan } from '../support/hazard-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, signed } from './lookback-support';

const LB19 = 'LB-19-supervision-overdue';
const DAY_MS = 86_400_000;

/** LB-19 over HTTP: a listing past its deadline (seen at a later cut) and one extended twice; a fresh listing is clean. */
describe('look-back LB-19 (挂牌督办 overdue or repeatedly extended)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};

  const listed = async () => {
    const id = await plant.hazard('mine-demo-1');
    await plant.major(id);
    await plant.post('leader.wang', `/hazards/${id}/supervision-listing`, hazardRequests.ListForSupervision.body());
    return id;
  };

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    ids.listed = await listed();
    ids.extended = await listed();
    const on = (suffix: string) => `/hazards/${ids.extended}/${suffix}`;
    await plant.post('enterprise.principal', on('remediation-plans'), remediationPlan());
    await plant.post('leader.wang', on('remediation-plan-acceptance'), {});
    for (const days of [200, 250]) {
      const newDeadline = new Date(Date.now() + days * DAY_MS).toISOString();
      await plant.post('enterprise.principal', on('extension-requests'), { newDeadline, reason: '涌水 / flooding' });
      await plant.post('leader.wang', on('extension-grant'), { newDeadline, reason: '属实 / confirmed', ...signed });
    }
  });
  afterAll(() => api.close());

  it('now: only the hazard extended twice (not overdue); the fresh listing is clean', async () => {
    const { rows } = await lookback(api, LB19, {}, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.overdue, r.extensionsGranted])).toEqual([[ids.extended, false, 2]]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual(['SupervisionListed', 'ExtensionGranted', 'ExtensionGranted']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(3);
  });

  it('at a cut a year on, both are overdue: the listing past its deadline, the extended one past the last grant', async () => {
    const asOf = new Date(Date.now() + 365 * DAY_MS).toISOString();
    const { rows } = await lookback(api, LB19, { asOf }, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.overdue, r.extensionsGranted])).toEqual([
      [ids.listed, true, 0],
      [ids.extended, true, 2],
    ]);
    expect(rows[0].daysOverdue).toBeGreaterThanOrEqual(64);
  });
});
