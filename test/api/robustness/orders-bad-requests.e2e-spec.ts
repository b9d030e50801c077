import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { startApiApp } from '../../support/api-app';
import { BadRequest, describeBadRequests, envelopeMutations, fieldMutations } from '../../support/bad-requests';
import { planBody, planRequests } from '../../support/enforcement-plan-requests';
import { mineRequests } from '../../support/mine-requests';
import { plantDocument, plantedDocuments } from '../../support/planted-documents';

describeBadRequests(
  'bad requests against the orders and plan endpoints: all 4xx problem+json, nothing written',
  'orders',
  async () => {
    const cases: BadRequest[] = [];
    const api = await startApiApp({ plantedDocuments: true });
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    const leader = await api.login('leader.wang');
    await api.http
      .post('/mines/mine-demo-1/risk-grade')
      .set('Authorization', leader)
      .send({ grade: 'D', reason: '年度分级' })
      .expect(200);
    const draft = await api.http
      .post('/enforcement-plans')
      .set('Authorization', await api.login('inspector.zhang'))
      .send({ ...planBody('140404'), mines: [{ mineId: 'mine-demo-1' }] })
      .expect(201);
    const planId = draft.body.id as string;
    const suspend = mineRequests.SuspendMineProduction.body('140404', 'mine-demo-1') as Record<string, unknown>;
    const resume = mineRequests.ResumeMineProduction.body('140404', 'mine-demo-1') as Record<string, unknown>;
    const bodies: [string, string, string, Record<string, unknown>][] = [
      ['suspension', '/mines/mine-demo-1/suspension', 'inspector.zhang', suspend],
      ['resumption', '/mines/mine-demo-1/resumption', 'leader.wang', resume],
      ['draft', '/enforcement-plans', 'inspector.zhang', planBody('140404')],
      ['revision', planRequests.ReviseEnforcementPlan.path(planId), 'inspector.zhang', planBody('140404')],
      [
        'approval',
        planRequests.ApproveEnforcementPlan.path(planId),
        'leader.wang',
        planRequests.ApproveEnforcementPlan.body('140404'),
      ],
    ];
    for (const [name, path, username, body] of bodies)
      cases.push(...fieldMutations(name, path, username, body), ...envelopeMutations(name, path, username, body));

    // Well-formed but refused by the decision or the signature: each stops before anything is written.
    plantedDocuments.plant({ ...plantDocument('suspension_order', 'mine-demo-1', [], 'bad-draft'), inForce: false });
    plantDocument('suspension_order', 'mine-demo-2', [], 'bad-other-mine');
    plantDocument('resumption_approval', 'mine-demo-1', [], 'bad-kind');
    plantDocument('suspension_order', 'mine-demo-1', ['no-such-hazard'], 'bad-hazard');
    for (const documentId of ['bad-draft', 'bad-other-mine', 'bad-kind', 'bad-hazard', 'never-issued'])
      cases.push({
        name: `suspension citing ${documentId}`,
        method: 'post',
        path: '/mines/mine-demo-1/suspension',
        username: 'inspector.zhang',
        body: { ...suspend, documentId },
      });
    cases.push(
      {
        name: 'suspension with a wrong password',
        method: 'post',
        path: '/mines/mine-demo-1/suspension',
        username: 'inspector.zhang',
        body: { ...suspend, password: 'wrong' },
      },
      {
        name: 'resumption of a producing mine',
        method: 'post',
        path: '/mines/mine-demo-1/resumption',
        username: 'leader.wang',
        body: resume,
      },
      {
        name: 'suspension of an unknown mine',
        method: 'post',
        path: '/mines/no-such-mine/suspension',
        username: 'inspector.zhang',
        body: suspend,
      },
      {
        name: 'plan over the cap',
        method: 'post',
        path: '/enforcement-plans',
        username: 'inspector.zhang',
        body: { ...planBody('140404'), mines: [{ mineId: 'mine-demo-1', plannedInspections: 13 }] },
      },
      {
        name: 'plan with an ungraded mine',
        method: 'post',
        path: '/enforcement-plans',
        username: 'inspector.zhang',
        body: { ...planBody('140404'), mines: [{ mineId: 'mine-demo-2' }] },
      },
      {
        name: 'plan with an unknown mine',
        method: 'post',
        path: '/enforcement-plans',
        username: 'inspector.zhang',
        body: { ...planBody('140404'), mines: [{ mineId: 'no-such-mine' }] },
      },
      {
        name: 'plan listing a mine twice',
        method: 'post',
        path: '/enforcement-plans',
        username: 'inspector.zhang',
        body: { ...planBody('140404'), mines: [{ mineId: 'mine-demo-1' }, { mineId: 'mine-demo-1' }] },
      },
      {
        name: 'plan with no mines',
        method: 'post',
        path: '/enforcement-plans',
        username: 'inspector.zhang',
        body: { ...planBody('140404'), mines: [] },
      },
      {
        name: 'revision moving the year',
        method: 'post',
        path: planRequests.ReviseEnforcementPlan.path(planId),
        username: 'inspector.zhang',
        body: { ...planBody('140404'), mines: [{ mineId: 'mine-demo-1' }], year: 2001 },
      },
      {
        name: 'approval of an unknown plan',
        method: 'post',
        path: '/enforcement-plans/no-such-plan/approval',
        username: 'leader.wang',
        body: planRequests.ApproveEnforcementPlan.body('140404'),
      },
      {
        name: 'approval with a blank number',
        method: 'post',
        path: planRequests.ApproveEnforcementPlan.path(planId),
        username: 'leader.wang',
        body: { decision: 'approved', decisionNo: '   ' },
      },
      {
        name: 'approval decided by an unknown word',
        method: 'post',
        path: planRequests.ApproveEnforcementPlan.path(planId),
        username: 'leader.wang',
        body: { decision: 'rubber-stamped', decisionNo: 'X' },
      },
    );
    // Reads: bad queries on the boards, the exports and the plan.
    const reads = [
      '/boards/enforcement-plan',
      '/boards/enforcement-plan?year=abc',
      '/boards/enforcement-plan?year=1999',
      '/boards/enforcement-plan?year=2025&flag=late',
      '/boards/enforcement-plan?year=2025&cursor=abc',
      '/boards/enforcement-plan?year=2025&asOf=yesterday',
      '/boards/enforcement-plan?year=2025&limit=0',
      '/boards/enforcement-plan?year=2025&asOf=2025-01-01T00:00:00Z&validAt=2025-01-01T00:00:00Z',
      '/boards/enforcement-plan/export?year=2025&format=pdf',
      '/boards/mines-under-suspension?status=paused',
      '/boards/mines-under-suspension?limit=500',
      '/boards/mines-under-suspension?validAt=2025-99-01',
      '/boards/mines-under-suspension?minPosition=abc',
      '/boards/mines-under-suspension/export?format=doc',
      '/enforcement-plans/no-such-plan',
    ];
    for (const path of reads) cases.push({ name: `GET ${path}`, method: 'get', path, username: 'leader.wang' });
    cases.push({
      name: 'a plan read by an enterprise user',
      method: 'get',
      path: `/enforcement-plans/${planId}`,
      username: 'enterprise.principal',
    });
    return { api, cases };
  },
);
