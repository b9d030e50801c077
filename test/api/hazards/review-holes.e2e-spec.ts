import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { ApiApp } from '../../support/api-app';
import { anEvidence, finding, hazardRequests } from '../../support/hazard-requests';
import { HazardSteps, hazardSteps, startWithDemoMines } from './hazard-steps';

const signed = { password: DEMO_PASSWORD };
const path = (id: string, suffix: string) => `/hazards/${id}/${suffix}`;
const voiding = { reason: '与另一隐患重复登记 / duplicate record', evidence: [anEvidence('dup.pdf', 'c3')], ...signed };

/** The reviewer's holes over HTTP (issue 13 item 7): two-leader void, merge target, inspection source, upgrade. */
describe('hazard review holes over HTTP', () => {
  let api: ApiApp;
  let kit: HazardSteps;

  const discovered = async (mineId = 'mine-demo-1') =>
    (
      await kit.step(
        undefined,
        'enterprise.staff',
        '/hazards',
        { mineId, ...finding(), source: 'self_check' },
        ['HazardDiscovered'],
        201,
      )
    ).id;
  const major = async () => {
    const id = await discovered();
    await kit.step(
      id,
      'enterprise.principal',
      path(id, 'major-determination'),
      { clauseId: 'MHS2022-UG-01', ...signed },
      ['MajorHazardDetermined'],
    );
    return id;
  };

  beforeAll(async () => {
    api = await startWithDemoMines();
    kit = hazardSteps(api);
  });
  afterAll(() => api.close());

  it('voids a major hazard only when a second leader approves with their own login', async () => {
    const id = await major();
    await kit.step(id, 'leader.wang', path(id, 'void'), voiding, ['HazardVoidRequested']);
    expect((await kit.refused(id, 'leader.wang', path(id, 'void-approval'), signed, 403)).code).toBe(
      'SeparationOfDutiesViolated',
    );
    await kit.refused(id, 'leader.zhao', path(id, 'void-approval'), { password: 'wrong-password' }, 401);
    await kit.refused(id, 'inspector.zhang', path(id, 'void-approval'), signed, 403);
    await kit.step(id, 'leader.zhao', path(id, 'void-approval'), signed, ['HazardVoided']);
    expect((await kit.eventData(id, 'HazardVoided')).data).toMatchObject({
      requestedBy: 'u-leader-wang',
      voidedBy: 'u-leader-zhao',
      signature: { signerId: 'u-leader-zhao', meaning: expect.stringContaining('closure without sign-off approved') },
    });
  });

  it('refuses an approval when no void was requested (422)', async () => {
    const id = await major();
    expect((await kit.refused(id, 'leader.zhao', path(id, 'void-approval'), signed, 422)).code).toBe(
      'VoidRequestRequired',
    );
  });

  it('refuses a merger into a hazard that does not exist (422): the handler reads the target', async () => {
    const id = await major();
    await kit.step(
      id,
      'enterprise.principal',
      path(id, 'remediation-plans'),
      hazardRequests.SubmitRemediationPlan.body(),
      ['RemediationPlanSubmitted'],
    );
    await kit.step(id, 'leader.wang', path(id, 'remediation-plan-acceptance'), {}, ['RemediationPlanAccepted']);
    await kit.step(id, 'leader.wang', path(id, 'escalation'), hazardRequests.EscalateHazard.body(), [
      'HazardEscalated',
    ]);
    const merged = (intoHazardId: string) => ({
      reason: '并入 / merged',
      legalGround: { kind: 'merged', intoHazardId },
    });
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await kit.refused(id, 'leader.wang', path(id, 'closure'), merged(missing), 422)).code).toBe(
      'ClosureGroundNotMet',
    );
    const target = await discovered();
    await kit.step(id, 'leader.zhao', path(id, 'closure'), merged(target), ['HazardClosed']);
  });

  it('refuses source "inspection" on POST /hazards (422), pointing to the inspection’s findings', async () => {
    const body = {
      mineId: 'mine-demo-1',
      ...finding(),
      source: 'inspection',
      linkedRef: { kind: 'inspection', id: 'x' },
    };
    const response = await kit.post('inspector.zhang', '/hazards', body);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('InspectionFindingViaInspection');
    expect(response.body.detail ?? response.body.title).toContain('/inspections/{id}/findings');
  });

  it('signs an upgrade (一般→重大) as a major-hazard determination', async () => {
    const id = await discovered();
    await kit.step(id, 'enterprise.principal', path(id, 'general-determination'), {}, ['GeneralHazardDetermined']);
    const upgrade = { to: 'major', clauseId: 'MHS2022-UG-20', reason: '主扇未连续运转 / main fan stopped' };
    expect((await kit.refused(id, 'enterprise.principal', path(id, 'grade-change'), upgrade, 422)).code).toBe(
      'SignatureRequired',
    );
    await kit.step(id, 'enterprise.principal', path(id, 'grade-change'), { ...upgrade, ...signed }, [
      'HazardGradeChanged',
    ]);
    expect((await kit.eventData(id, 'HazardGradeChanged')).data).toMatchObject({
      signature: { signerId: 'u-enterprise-principal', meaning: expect.stringContaining('major hazard determined') },
    });
  });
});
