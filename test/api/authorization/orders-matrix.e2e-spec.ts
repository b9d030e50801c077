import { enforcementPlanCommandAccess, mineCommandAccess, ROLES } from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { planBody, planRequests } from '../../support/enforcement-plan-requests';
import { mineRequests } from '../../support/mine-requests';
import { addOtherDistrictLeader } from '../../support/matrix-actors';
import { expectCell, matrixCases } from '../../support/matrix-cells';

// Allowed cells stop at the stale If-Match (412), refused ones at 403 (test/support/matrix-cells.ts).
describe('authorisation matrix of the orders and the plan: every role × command × own / other scope', () => {
  let api: ApiApp;
  let planId: string;
  let eventsBefore = 0;

  beforeAll(async () => {
    api = await startApiApp({ plantedDocuments: true });
    await addOtherDistrictLeader(api);
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    const leader = await api.login('leader.wang');
    for (const mineId of ['mine-demo-1', 'mine-demo-2'])
      await api.http
        .post(`/mines/${mineId}/risk-grade`)
        .set('Authorization', leader)
        .send({ grade: 'C', reason: '年度分级' })
        .expect(200);
    const draft = await api.http
      .post('/enforcement-plans')
      .set('Authorization', await api.login('inspector.zhang'))
      .send(planBody('140404'))
      .expect(201);
    planId = draft.body.id;
    eventsBefore = (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
  });
  afterAll(() => api.close());

  const planCases = matrixCases(Object.keys(planRequests) as (keyof typeof planRequests)[]);
  const orderCases = matrixCases(['SuspendMineProduction', 'ResumeMineProduction'] as const);

  it.each(planCases)('%s by %s on %s scope', async (endpoint, _role, _scope, cell) => {
    const request = planRequests[endpoint];
    await expectCell(api, { endpoint }, cell, {
      path: request.path(planId),
      body: request.body(cell.jurisdiction),
      roles: enforcementPlanCommandAccess[request.command].roles,
    });
  });

  it.each(orderCases)('%s (signed, citing a document) by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = mineRequests[command];
    await expectCell(api, { command }, cell, {
      path: request.path(cell.mineId),
      body: request.body(cell.jurisdiction, cell.mineId),
      roles: mineCommandAccess[command].roles,
    });
  });

  it('covers every endpoint with every role × own / other cell and wrote nothing', async () => {
    expect(planCases).toHaveLength(3 * ROLES.length * 2);
    expect(orderCases).toHaveLength(2 * ROLES.length * 2);
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(eventsBefore);
  });
});
