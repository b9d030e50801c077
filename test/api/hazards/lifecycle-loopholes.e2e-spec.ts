import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { ApiApp } from '../../support/api-app';
import { anEvidence, finding, hazardRequests, remediationPlan } from '../../support/hazard-requests';
import { HazardSteps, hazardSteps, startWithDemoMines } from './hazard-steps';

const signed = { password: DEMO_PASSWORD };
const path = (id: string, suffix: string) => `/hazards/${id}/${suffix}`;
const reason = '矿山已被责令关闭 / the mine was ordered closed';

/** Issue 13 item 7 over HTTP: closure without 销号, determination roles, downgrade authority. */
describe('lifecycle loopholes over HTTP', () => {
  let api: ApiApp;
  let kit: HazardSteps;

  const discovered = async () =>
    (
      await kit.step(
        undefined,
        'enterprise.staff',
        '/hazards',
        { mineId: 'mine-demo-1', ...finding(), source: 'self_check' },
        ['HazardDiscovered'],
        201,
      )
    ).id;
  const major = async (by = 'enterprise.principal') => {
    const id = await discovered();
    await kit.step(id, by, path(id, 'major-determination'), { clauseId: 'MHS2022-UG-01', ...signed }, [
      'MajorHazardDetermined',
    ]);
    return id;
  };
  const escalated = async () => {
    const id = await major();
    await kit.step(id, 'enterprise.principal', path(id, 'remediation-plans'), remediationPlan(), [
      'RemediationPlanSubmitted',
    ]);
    await kit.step(id, 'leader.wang', path(id, 'remediation-plan-acceptance'), {}, ['RemediationPlanAccepted']);
    await kit.step(id, 'leader.wang', path(id, 'escalation'), hazardRequests.EscalateHazard.body(), [
      'HazardEscalated',
    ]);
    return id;
  };

  beforeAll(async () => {
    api = await startWithDemoMines();
    kit = hazardSteps(api);
  });
  afterAll(() => api.close());

  describe('closing an escalated major hazard without 销号', () => {
    let id: string;
    beforeAll(async () => (id = await escalated()));

    it('refuses a free-text reason alone (422), writing nothing', async () =>
      expect((await kit.refused(id, 'leader.wang', path(id, 'closure'), { reason }, 422)).code).toBe(
        'ClosureGroundRequired',
      ));

    it('refuses "mine closed" while the mine is producing: the handler reads the mine (422)', async () => {
      const body = { reason, legalGround: { kind: 'mine_closed', decisionNo: '上党政〔2024〕99号' } };
      expect((await kit.refused(id, 'leader.wang', path(id, 'closure'), body, 422)).code).toBe('ClosureGroundNotMet');
    });

    it('refuses "voided by leaders" as a closure ground: a void is two signed requests (422)', async () => {
      const body = { reason, legalGround: { kind: 'voided_by_leaders' } };
      expect((await kit.refused(id, 'leader.wang', path(id, 'closure'), body, 422)).code).toBe('ClosureGroundNotMet');
    });

    it('refuses a second leader’s password carried in the closer’s request (400, nothing written)', async () => {
      const body = {
        reason,
        legalGround: { kind: 'voided_by_leaders', approver: { username: 'leader.zhao', ...signed } },
      };
      await kit.refused(id, 'leader.wang', path(id, 'closure'), body, 400);
    });
  });

  it('lets the principal or the safety director determine a major hazard, not any staff member', async () => {
    const id = await discovered();
    const body = { clauseId: 'MHS2022-UG-01', ...signed };
    await kit.refused(id, 'enterprise.staff', path(id, 'major-determination'), body, 403);
    await kit.step(id, 'enterprise.safety', path(id, 'major-determination'), body, ['MajorHazardDetermined']);
  });

  it('downgrades only with a higher authority’s signature over technical grounds', async () => {
    const id = await major();
    const downgrade = {
      to: 'general',
      reason: '专家论证 / expert review',
      technicalGrounds: '复核测量满足要求 / re-measured within limits',
      evidence: [anEvidence('expert-opinion.pdf', 'e7')],
    };
    expect((await kit.refused(id, 'leader.wang', path(id, 'grade-change'), downgrade, 422)).code).toBe(
      'SignatureRequired',
    );
    await kit.refused(id, 'inspector.zhang', path(id, 'grade-change'), { ...downgrade, ...signed }, 403);
    await kit.step(id, 'leader.wang', path(id, 'grade-change'), { ...downgrade, ...signed }, ['HazardGradeChanged']);
    expect((await kit.eventData(id, 'HazardGradeChanged')).data).toMatchObject({
      technicalGrounds: downgrade.technicalGrounds,
      signature: { signerId: 'u-leader-wang', meaning: expect.stringContaining('downgraded') },
    });
  });
});
