import { DEMO_PASSWORD, signatureContentHash } from '@hazard-ledger/auth';
import { dualReportDocument } from '../../../apps/api/src/hazards/submit-dual-report/dual-report-document';
import { ApiApp } from '../../support/api-app';
import { finding, hazardRequests, remediationPlan, reportContent } from '../../support/hazard-requests';
import { HazardSteps, hazardSteps, startWithDemoMines } from './hazard-steps';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const signed = { password: DEMO_PASSWORD };

describe('a major hazard from discovery to closure over HTTP', () => {
  let api: ApiApp;
  let kit: HazardSteps;
  let id: string;
  const path = (suffix: string) => `/hazards/${id}/${suffix}`;

  beforeAll(async () => {
    api = await startWithDemoMines();
    kit = hazardSteps(api);
  });
  afterAll(() => api.close());

  const reportHashFor = async (recipient: 'regulator' | 'workers_congress'): Promise<string> => {
    const { body } = await kit.read('inspector.zhang', id);
    return body.hazard.major.reports[recipient].hash;
  };

  it('discovery through both receipts, listing, plan returned and resubmitted, extension, evaluation, a two-person site review, sign-off and closure', async () => {
    const discovery = { mineId: 'mine-demo-1', ...finding(), source: 'self_check' };
    ({ id } = await kit.step(undefined, 'enterprise.staff', '/hazards', discovery, ['HazardDiscovered'], 201));
    const { metadata: discovered } = await kit.eventData(id, 'HazardDiscovered');
    expect(discovered.occurredAt).toBe(discovery.occurredAt);

    await kit.step(id, 'enterprise.principal', path('major-determination'), { clauseId: 'MHS2022-UG-01', ...signed }, [
      'MajorHazardDetermined',
    ]);
    const { data: determined } = await kit.eventData(id, 'MajorHazardDetermined');
    expect(determined).toMatchObject({
      clauseId: 'MHS2022-UG-01',
      signature: { signerId: 'u-enterprise-principal', printedName: '王建国', role: 'enterprise_principal' },
    });

    // 双报告: each report is signed by the principal and acknowledged by its own recipient, bound by the hash.
    for (const [recipient, receiver] of [
      ['regulator', 'inspector.zhang'],
      ['workers_congress', 'congress.rep'],
    ] as const) {
      const report = { recipient, content: reportContent(), ...signed };
      await kit.step(id, 'enterprise.principal', path('dual-reports'), report, ['DualReportSubmitted']);
      const reportHash = await reportHashFor(recipient);
      expect(reportHash).toBe(signatureContentHash(dualReportDocument(id, recipient, reportContent())));
      const { data: submitted } = await kit.eventData(id, 'DualReportSubmitted');
      expect(submitted).toMatchObject({ recipient, reportHash, signature: { contentHash: reportHash } });
      await kit.step(id, receiver, path('dual-report-receipts'), { recipient, reportHash }, ['DualReportReceived']);
    }

    await kit.step(id, 'leader.wang', path('supervision-listing'), hazardRequests.ListForSupervision.body(), [
      'SupervisionListed',
    ]);
    await kit.step(id, 'enterprise.principal', path('remediation-plans'), remediationPlan(inDays(120)), [
      'RemediationPlanSubmitted',
    ]);
    const returned = { reason: '资金来源不明确 / funding source unclear' };
    await kit.step(id, 'leader.wang', path('remediation-plan-return'), returned, ['RemediationPlanReturned']);
    expect((await kit.eventData(id, 'RemediationPlanReturned')).metadata.reason).toBe(returned.reason);
    await kit.step(id, 'enterprise.principal', path('remediation-plans'), remediationPlan(inDays(120)), [
      'RemediationPlanSubmitted',
    ]);
    expect((await kit.eventData(id, 'RemediationPlanSubmitted')).data.planVersion).toBe(2);
    await kit.step(id, 'leader.wang', path('remediation-plan-acceptance'), {}, ['RemediationPlanAccepted']);

    const extension = { newDeadline: inDays(150), reason: '雨季井下涌水，清运受阻 / flooding delayed the work' };
    await kit.step(id, 'enterprise.principal', path('extension-requests'), extension, ['ExtensionRequested']);
    const grant = { ...extension, reason: '经核实属实 / confirmed', ...signed };
    await kit.step(id, 'leader.wang', path('extension-grant'), grant, ['ExtensionGranted']);
    await kit.step(id, 'enterprise.staff', path('evaluation'), hazardRequests.EvaluateRemediation.body(), [
      'RemediationEvaluated',
    ]);
    await kit.step(id, 'enterprise.principal', path('sign-off-request'), signed, ['SignOffRequested']);

    // Two inspectors who had no part in the plan review the site, each under their own signature.
    const review = hazardRequests.SignSiteReview.body();
    await kit.step(id, 'inspector.zhang', path('site-reviews'), review, ['SiteReviewSigned']);
    await kit.step(id, 'inspector.li', path('site-reviews'), review, ['SiteReviewSigned']);
    // leader.wang accepted the plan and granted the extension, so a second leader signs the 销号.
    await kit.step(id, 'leader.zhao', path('sign-off'), { decisionNo: '上应急销〔2024〕5号', ...signed }, [
      'HazardSignedOff',
    ]);
    const { data: signedOff } = await kit.eventData(id, 'HazardSignedOff');
    expect(signedOff).toMatchObject({
      reviewerIds: ['u-inspector-zhang', 'u-inspector-li'],
      signature: { signerId: 'u-leader-zhao', meaning: '销号签发 / sign-off issued' },
    });
    const closed = await kit.step(id, 'leader.wang', path('closure'), {}, ['HazardClosed']);

    const now = await kit.read('enterprise.principal', id);
    expect(now.status).toBe(200);
    expect(now.body).toMatchObject({ hazard: { status: 'closed', hazardId: id }, revision: closed.revision });
    expect(now.headers.etag).toBe(`W/"${closed.revision}"`);
  });

  it('never records a signer’s password, in the data or in the request fingerprint', async () => {
    const leaks = await api.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events WHERE data::text LIKE $1 OR metadata::text LIKE $1`,
      [`%${DEMO_PASSWORD}%`],
    );
    expect(leaks[0].n).toBe(0);
    const signatures = await api.db.query<{ type: string }>(
      `SELECT type FROM events WHERE stream_id = $1 AND (data ? 'signature') ORDER BY stream_position`,
      [`hazard-${id}`],
    );
    expect(signatures.map((r) => r.type)).toEqual([
      'MajorHazardDetermined',
      'DualReportSubmitted',
      'DualReportSubmitted',
      'SupervisionListed',
      'ExtensionGranted',
      'SignOffRequested',
      'SiteReviewSigned',
      'SiteReviewSigned',
      'HazardSignedOff',
    ]);
  });
});
