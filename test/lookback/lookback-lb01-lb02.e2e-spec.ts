import { signatureContentHash } from '@hazard-ledger/auth';
import { dualReportDocument } from '../../apps/api/src/hazards/submit-dual-report/dual-report-document';
import { ApiApp } from '../support/api-app';
import { reportContent } from '../support/hazard-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { Row, expectEvidenceVerifies, lookback, planter, sleep } from './lookback-support';

const LB01 = 'LB-01-hazard-timeline';
const LB02 = 'LB-02-mine-timeline';

const known = (rows: Row[]) =>
  Object.fromEntries(rows.flatMap((r) => (r.firstKnowledgeOf as string[]).map((party) => [party, r.type])));

/** LB-01 and LB-02 over HTTP: timelines with first knowledge per party and later amendments marked, at two cuts. */
describe('look-back LB-01 (hazard timeline) and LB-02 (mine timeline)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  let hazardId: string;
  let other: string;
  let seeded: string;
  let beforeReceipt: string;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    await sleep(20);
    seeded = new Date().toISOString();
    hazardId = await plant.hazard('mine-demo-1');
    other = await plant.hazard('mine-demo-2', 'enterprise.other', '消防器材未按期检验');
    await plant.major(hazardId);
    await plant.report(hazardId, 'regulator');
    await sleep(20);
    beforeReceipt = new Date().toISOString();
    await sleep(20);
    const reportHash = signatureContentHash(dualReportDocument(hazardId, 'regulator', reportContent()));
    await plant.post('inspector.zhang', `/hazards/${hazardId}/dual-report-receipts`, {
      recipient: 'regulator',
      reportHash,
    });
    await plant.post('enterprise.staff', `/hazards/${hazardId}/description-amendment`, {
      next: '采场东侧出口有少量废石',
      reason: '现场复核 / re-checked',
    });
  });
  afterAll(() => api.close());

  it('LB-01: every event of the hazard, first knowledge per party, the discovery marked as amended later', async () => {
    const { rows } = await lookback(api, LB01, { hazardId }, plant.lastPosition());
    expect(rows.map((r) => r.type)).toEqual([
      'HazardDiscovered',
      'MajorHazardDetermined',
      'DualReportSubmitted',
      'DualReportReceived',
      'HazardDescriptionAmended',
    ]);
    expect(rows.every((r) => r.entityId === hazardId)).toBe(true);
    expect(rows[0].marks).toEqual(['amended_later']);
    expect(rows[4].marks).toEqual([]);
    expect(known(rows)).toEqual({
      reporter: 'HazardDiscovered',
      enterprise: 'HazardDiscovered',
      enterprise_principal: 'MajorHazardDetermined',
      regulator: 'DualReportReceived',
      inspectors: 'DualReportReceived',
    });
    expect(await expectEvidenceVerifies(api, rows)).toBe(5);
  });

  it('LB-01 before the receipt: the regulator did not know yet, nothing was amended', async () => {
    const { rows } = await lookback(api, LB01, { hazardId, asOf: beforeReceipt }, plant.lastPosition());
    expect(rows.map((r) => r.type)).toEqual(['HazardDiscovered', 'MajorHazardDetermined', 'DualReportSubmitted']);
    expect(known(rows).regulator).toBeUndefined();
    expect(rows[0].marks).toEqual([]);
  });

  it('LB-01 needs a hazard (400)', async () => {
    const res = await api.http.get(`/lookback/${LB01}`).set('Authorization', await api.login('investigator'));
    expect(res.status).toBe(400);
  });

  it('LB-02: the mine’s events in the period, not the other mine’s', async () => {
    const { rows } = await lookback(api, LB02, { mineId: 'mine-demo-1', from: seeded }, plant.lastPosition());
    expect(rows.map((r) => [r.entityId, r.type])).toEqual([
      [hazardId, 'HazardDiscovered'],
      [hazardId, 'MajorHazardDetermined'],
      [hazardId, 'DualReportSubmitted'],
      [hazardId, 'DualReportReceived'],
      [hazardId, 'HazardDescriptionAmended'],
    ]);
    const clean = await lookback(api, LB02, { mineId: 'mine-demo-2', from: seeded }, plant.lastPosition());
    expect(clean.rows.map((r) => [r.entityId, r.marks])).toEqual([[other, []]]);
  });

  it('LB-02 as of before the receipt shows the record as it stood', async () => {
    const { rows } = await lookback(
      api,
      LB02,
      { mineId: 'mine-demo-1', from: seeded, asOf: beforeReceipt },
      plant.lastPosition(),
    );
    expect(rows.map((r) => r.type)).toEqual(['HazardDiscovered', 'MajorHazardDetermined', 'DualReportSubmitted']);
  });
});
