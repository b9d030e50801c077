import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { streams } from '@hazard-ledger/domain';
import { ApiApp } from '../../support/api-app';
import { finding, hazardRequests, remediationPlan, reportContent } from '../../support/hazard-requests';
import { HazardSteps } from '../hazards/hazard-steps';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const signed = { password: DEMO_PASSWORD };

/** A major hazard at `mineId`, determined by the principal under signature. */
export const aMajorHazard = async (kit: HazardSteps, mineId: string): Promise<string> => {
  const discovery = { mineId, ...finding(), source: 'self_check' };
  const { id } = await kit.step(undefined, 'enterprise.staff', '/hazards', discovery, ['HazardDiscovered'], 201);
  await kit.step(
    id,
    'enterprise.principal',
    `/hazards/${id}/major-determination`,
    { clauseId: 'MHS2022-UG-01', ...signed },
    ['MajorHazardDetermined'],
  );
  return id;
};

/** The existing hazard steps from determination to 销号, as the major-hazard journey drives them. */
export const signOff = async (kit: HazardSteps, id: string, decisionNo: string): Promise<void> => {
  const path = (suffix: string) => `/hazards/${id}/${suffix}`;
  for (const [recipient, receiver] of [
    ['regulator', 'inspector.zhang'],
    ['workers_congress', 'congress.rep'],
  ] as const) {
    await kit.step(
      id,
      'enterprise.principal',
      path('dual-reports'),
      { recipient, content: reportContent(), ...signed },
      ['DualReportSubmitted'],
    );
    const { body } = await kit.read('inspector.zhang', id);
    const reportHash = body.hazard.major.reports[recipient].hash as string;
    await kit.step(id, receiver, path('dual-report-receipts'), { recipient, reportHash }, ['DualReportReceived']);
  }
  await kit.step(id, 'leader.wang', path('supervision-listing'), hazardRequests.ListForSupervision.body(), [
    'SupervisionListed',
  ]);
  await kit.step(id, 'enterprise.principal', path('remediation-plans'), remediationPlan(inDays(120)), [
    'RemediationPlanSubmitted',
  ]);
  await kit.step(id, 'leader.wang', path('remediation-plan-acceptance'), {}, ['RemediationPlanAccepted']);
  await kit.step(id, 'enterprise.staff', path('evaluation'), hazardRequests.EvaluateRemediation.body(), [
    'RemediationEvaluated',
  ]);
  await kit.step(id, 'enterprise.principal', path('sign-off-request'), signed, ['SignOffRequested']);
  const review = hazardRequests.SignSiteReview.body();
  await kit.step(id, 'inspector.zhang', path('site-reviews'), review, ['SiteReviewSigned']);
  await kit.step(id, 'inspector.li', path('site-reviews'), review, ['SiteReviewSigned']);
  // 销号 by a leader who neither accepted the plan nor reviewed the site (separation of duties).
  await kit.step(id, 'leader.zhao', path('sign-off'), { decisionNo, ...signed }, ['HazardSignedOff']);
};

/** Event types of a mine's stream, oldest first. */
export const mineEventTypes = async (api: ApiApp, mineId: string): Promise<string[]> =>
  (
    await api.db.query<{ type: string }>(`SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_position`, [
      streams.mine(mineId),
    ])
  ).map((r) => r.type);

export const lastMineEvent = async (api: ApiApp, mineId: string, type: string) =>
  (
    await api.db.query<{ data: Record<string, unknown>; recorded_at: Date }>(
      `SELECT data, recorded_at FROM events WHERE stream_id = $1 AND type = $2 ORDER BY stream_position DESC LIMIT 1`,
      [streams.mine(mineId), type],
    )
  )[0];
