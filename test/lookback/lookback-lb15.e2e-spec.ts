import { signatureContentHash } from '@hazard-ledger/auth';
import { dualReportDocument } from '../../apps/api/src/hazards/submit-dual-report/dual-report-document';
import { ApiApp } from '../support/api-app';
import { hazardRequests, remediationPlan, reportContent } from '../support/hazard-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, signed } from './lookback-support';

const LB15 = 'LB-15-sign-off-integrity';
const DAY_MS = 86_400_000;

/** LB-15 over HTTP: a sign-off request left unreviewed past the policy's days (seen at a later cut); a proper sign-off is clean. */
describe('look-back LB-15 (sign-off integrity)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};

  const requested = async () => {
    const id = await plant.hazard('mine-demo-1');
    const on = (suffix: string) => `/hazards/${id}/${suffix}`;
    await plant.major(id);
    for (const [recipient, receiver] of [
      ['regulator', 'inspector.zhang'],
      ['workers_congress', 'congress.rep'],
    ] as const) {
      await plant.report(id, recipient);
      const reportHash = signatureContentHash(dualReportDocument(id, recipient, reportContent()));
      await plant.post(receiver, on('dual-report-receipts'), { recipient, reportHash });
    }
    await plant.post('leader.wang', on('supervision-listing'), hazardRequests.ListForSupervision.body());
    await plant.post('enterprise.principal', on('remediation-plans'), remediationPlan());
    await plant.post('leader.wang', on('remediation-plan-acceptance'), {});
    await plant.post('enterprise.staff', on('evaluation'), hazardRequests.EvaluateRemediation.body());
    await plant.post('enterprise.principal', on('sign-off-request'), signed);
    return id;
  };

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    ids.pending = await requested();
    ids.signedOff = await requested();
    const review = { findings: '两个安全出口畅通', conclusion: 'passed', ...signed };
    await plant.post('inspector.zhang', `/hazards/${ids.signedOff}/site-reviews`, review);
    await plant.post('inspector.li', `/hazards/${ids.signedOff}/site-reviews`, review);
    await plant.post('leader.zhao', `/hazards/${ids.signedOff}/sign-off`, {
      decisionNo: '上应急销〔2024〕5号',
      ...signed,
    });
  }, 120_000);
  afterAll(() => api.close());

  it('now: nothing — the pending request is within its days, the sign-off had two reviews and an evaluation', async () =>
    expect((await lookback(api, LB15, {}, plant.lastPosition())).rows).toEqual([]));

  it('eleven days on: the request is overdue for review; the proper sign-off stays clean', async () => {
    const asOf = new Date(Date.now() + 11 * DAY_MS).toISOString();
    const { rows } = await lookback(api, LB15, { asOf }, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.issues, r.reviewers])).toEqual([[ids.pending, ['review_overdue'], []]]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual(['SignOffRequested']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(1);
  });
});
