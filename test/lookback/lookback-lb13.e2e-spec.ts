import { ApiApp } from '../support/api-app';
import { finding } from '../support/hazard-requests';
import { findingBody, recordInspectionBody } from '../support/inspection-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, sleep } from './lookback-support';

const LB13 = 'LB-13-late-self-reports';
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** LB-13 over HTTP: a self-report entered after an inspection found the same clause, claimed before it began. */
describe('look-back LB-13 (self-reports after an inspection)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  let beforeSelfReport: string;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    // mine-demo-2 self-reports first, with no inspection before it: clean.
    ids.clean = await plant.hazard('mine-demo-2', 'enterprise.other', '消防器材未按期检验');
    ids.inspection = (
      await plant.post(
        'inspector.zhang',
        '/inspections',
        recordInspectionBody('mine-demo-1', { occurredAt: ago(90) }),
        201,
      )
    ).id;
    await plant.post('inspector.zhang', `/inspections/${ids.inspection}/findings`, findingBody('MHS2022-UG-20'), 201);
    await sleep(20);
    beforeSelfReport = new Date().toISOString();
    await sleep(20);
    // After the inspection found UG-20, the mine files its "own" finding, claimed two and a half hours ago.
    ids.late = (
      await plant.post(
        'enterprise.staff',
        '/hazards',
        {
          ...finding(),
          mineId: 'mine-demo-1',
          source: 'self_check',
          description: '主扇风量不足',
          occurredAt: ago(150),
        },
        201,
      )
    ).id;
    await plant.major(ids.late, 'MHS2022-UG-20');
  });
  afterAll(() => api.close());

  it('lists the backdated self-report of a clause the inspection had found, not the other mine’s', async () => {
    const { rows } = await lookback(api, LB13, {}, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.inspectionId, r.kinds])).toEqual([
      [ids.late, ids.inspection, ['backdated', 'after_inspection_finding', 'within_hours_of_inspection']],
    ]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual([
      'InspectionRecorded',
      'InspectionFindingRecorded',
      'HazardDiscovered',
    ]);
    expect(await expectEvidenceVerifies(api, rows)).toBe(3);
  });

  it('as of before the self-report: nothing', async () =>
    expect((await lookback(api, LB13, { asOf: beforeSelfReport }, plant.lastPosition())).rows).toEqual([]));
});
