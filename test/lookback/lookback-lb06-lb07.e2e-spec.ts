import { ApiApp } from '../support/api-app';
import { documentRequests } from '../support/document-requests';
import { findingBody, recordInspectionBody } from '../support/inspection-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, signed, sleep } from './lookback-support';

const LB06 = 'LB-06-major-findings-without-enforcement';
const LB07 = 'LB-07-inspected-without-enforcement';

/** LB-06 and LB-07 over HTTP: inspections with and without enforcement on the two demo mines, at two cuts. */
describe('look-back LB-06 (major findings without enforcement) and LB-07 (inspected without enforcement)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  let beforeOrder: string;

  const inspect = async (mineId: string, minutesAgo: number) =>
    (
      await plant.post(
        'inspector.zhang',
        '/inspections',
        recordInspectionBody(mineId, { occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString() }),
        201,
      )
    ).id;
  const find = async (inspectionId: string, clauseId: string) => {
    const res = (await plant.post(
      'inspector.zhang',
      `/inspections/${inspectionId}/findings`,
      findingBody(clauseId),
      201,
    )) as unknown as {
      hazardId: string;
    };
    await plant.post('inspector.zhang', `/hazards/${res.hazardId}/major-determination`, { clauseId, ...signed });
    return res.hazardId;
  };

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    // mine-demo-1: three inspections, two major findings, no document at all (yet).
    const first = await inspect('mine-demo-1', 300);
    await inspect('mine-demo-1', 200);
    await inspect('mine-demo-1', 100);
    ids.unordered = await find(first, 'MHS2022-UG-20');
    ids.ordered = await find(first, 'MHS2022-UG-01');
    // mine-demo-2: three inspections and a document: enforcement happened.
    const other = await inspect('mine-demo-2', 300);
    await inspect('mine-demo-2', 200);
    await inspect('mine-demo-2', 100);
    await plant.post(
      'inspector.zhang',
      '/documents',
      { ...documentRequests.DraftDocument.body({ mineId: 'mine-demo-2', inspectionId: other } as never) },
      201,
    );
    await sleep(20);
    beforeOrder = new Date().toISOString();
    await sleep(20);
    const order = await plant.post(
      'inspector.zhang',
      '/documents',
      {
        ...documentRequests.DraftDocument.body({ mineId: 'mine-demo-1', inspectionId: first } as never),
        hazardIds: [ids.ordered],
      },
      201,
    );
    await plant.post('inspector.zhang', `/documents/${order.id}/signature`, signed);
  }, 120_000);
  afterAll(() => api.close());

  it('LB-06 now: only the major finding with no signed order', async () => {
    const { rows } = await lookback(api, LB06, {}, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.noOrder, r.noCaseFiled, r.clauseId])).toEqual([
      [ids.unordered, true, false, 'MHS2022-UG-20'],
    ]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual(['HazardDiscovered', 'MajorHazardDetermined']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(2);
  });

  it('LB-06 before the order was signed: both major findings lacked one', async () => {
    const { rows } = await lookback(api, LB06, { asOf: beforeOrder }, plant.lastPosition());
    expect(rows.map((r) => r.hazardId).sort()).toEqual([ids.unordered, ids.ordered].sort());
  });

  it('LB-07 before the order: mine-demo-1 inspected three times with nothing issued; mine-demo-2 issued a document', async () => {
    const { rows } = await lookback(api, LB07, { asOf: beforeOrder }, plant.lastPosition());
    expect(rows.map((r) => [r.mineId, r.inspections, r.hazardsFound, r.majorFound])).toEqual([
      ['mine-demo-1', 3, 2, 2],
    ]);
    expect(rows[0].peerDocumentsPerInspection).toBeCloseTo(1 / 6, 2);
    expect(await expectEvidenceVerifies(api, rows)).toBe(3);
  });

  it('LB-07 now: the order on mine-demo-1 takes it off the list', async () =>
    expect((await lookback(api, LB07, {}, plant.lastPosition())).rows).toEqual([]));
});
