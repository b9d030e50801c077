import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { ApiApp } from '../../support/api-app';
import { finding, hazardRequests, remediationPlan, reportContent } from '../../support/hazard-requests';
import { HazardSteps, hazardSteps, startWithDemoMines } from './hazard-steps';

const signed = { password: DEMO_PASSWORD };
const review = () => hazardRequests.SignSiteReview.body();

describe('separation of duties and signatures on the major path', () => {
  let api: ApiApp;
  let kit: HazardSteps;
  let id: string;
  const path = (suffix: string) => `/hazards/${id}/${suffix}`;

  /** A major hazard awaiting its site review, whose first plan inspector.zhang returned. */
  const awaitingSiteReview = async (): Promise<string> => {
    const discovery = { mineId: 'mine-demo-1', ...finding(), source: 'self_check' };
    const { id: hazardId } = await kit.step(
      undefined,
      'enterprise.staff',
      '/hazards',
      discovery,
      ['HazardDiscovered'],
      201,
    );
    const at = (suffix: string) => `/hazards/${hazardId}/${suffix}`;
    const as = (user: string, suffix: string, body: object, event: string) =>
      kit.step(hazardId, user, at(suffix), body, [event]);
    await as(
      'enterprise.principal',
      'major-determination',
      { clauseId: 'MHS2022-UG-01', ...signed },
      'MajorHazardDetermined',
    );
    for (const [recipient, receiver] of [
      ['regulator', 'inspector.li'],
      ['workers_congress', 'congress.rep'],
    ] as const) {
      await as(
        'enterprise.principal',
        'dual-reports',
        { recipient, content: reportContent(), ...signed },
        'DualReportSubmitted',
      );
      const reportHash = (await kit.read(receiver, hazardId)).body.hazard.major.reports[recipient].hash;
      await as(receiver, 'dual-report-receipts', { recipient, reportHash }, 'DualReportReceived');
    }
    await as('leader.wang', 'supervision-listing', hazardRequests.ListForSupervision.body(), 'SupervisionListed');
    await as('enterprise.principal', 'remediation-plans', remediationPlan(), 'RemediationPlanSubmitted');
    await as(
      'inspector.zhang',
      'remediation-plan-return',
      { reason: '措施不足 / measures insufficient' },
      'RemediationPlanReturned',
    );
    await as('enterprise.principal', 'remediation-plans', remediationPlan(), 'RemediationPlanSubmitted');
    await as('leader.wang', 'remediation-plan-acceptance', {}, 'RemediationPlanAccepted');
    await as('enterprise.staff', 'evaluation', hazardRequests.EvaluateRemediation.body(), 'RemediationEvaluated');
    await as('enterprise.principal', 'sign-off-request', signed, 'SignOffRequested');
    return hazardId;
  };

  beforeAll(async () => {
    api = await startWithDemoMines();
    kit = hazardSteps(api);
    id = await awaitingSiteReview();
  });
  afterAll(() => api.close());

  it('refuses a site review signed by an inspector who returned the plan (403), writing nothing', async () => {
    const problem = await kit.refused(id, 'inspector.zhang', path('site-reviews'), review(), 403);
    expect(problem).toMatchObject({
      code: 'SeparationOfDutiesViolated',
      detail: expect.stringContaining('u-inspector-zhang'),
    });
  });

  it('does not let a single reviewer complete the sign-off, nor count one reviewer twice (422)', async () => {
    await kit.step(id, 'inspector.li', path('site-reviews'), review(), ['SiteReviewSigned']);
    const twice = await kit.refused(id, 'inspector.li', path('site-reviews'), review(), 422);
    expect(twice.code).toBe('DuplicateReviewer');
    const signOff = { decisionNo: '上应急销〔2024〕6号', ...signed };
    const early = await kit.refused(id, 'leader.zhao', path('sign-off'), signOff, 422);
    expect(early.code).toBe('NotEnoughReviewers');
  });

  it('answers a wrong signing password with 401 and writes nothing', async () => {
    const before = await kit.eventTypes(id);
    const signOff = { decisionNo: '上应急销〔2024〕6号', password: 'Demo-2024?' };
    const problem = await kit.refused(id, 'leader.wang', path('sign-off'), signOff, 401);
    expect(problem.detail).toContain('Signature password incorrect');
    expect(await kit.eventTypes(id)).toEqual(before);
    const counted = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [
      `hazard-${id}`,
    ]);
    expect(counted[0].n).toBe(before.length);
  });

  it('checks role and scope before asking for the password: a wrong role is 403 even with a wrong password', async () => {
    const wrong = { ...review(), password: 'not-the-password' };
    await kit.refused(id, 'enterprise.staff', path('site-reviews'), wrong, 403);
    await kit.refused(id, 'inspector.other', path('site-reviews'), wrong, 403);
  });

  it('refuses a signed command without its password at validation (400)', async () => {
    const { password: _password, ...unsigned } = review() as { password: string };
    const problem = await api.http
      .post(path('site-reviews'))
      .set('Authorization', await api.login('inspector.li'))
      .send(unsigned);
    expect(problem.status).toBe(400);
    expect(problem.body.errors).toEqual(expect.arrayContaining([expect.stringContaining('password')]));
  });
});
