import { enforcementPlanCommandAccess, mineCommandAccess, ROLES, scopeOf } from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { planBody, planRequests } from '../../support/enforcement-plan-requests';
import { mineRequests } from '../../support/mine-requests';
import { Cell, addOtherDistrictLeader, matrixCells } from '../../support/matrix-actors';

// As in authorization-matrix.e2e-spec.ts: allowed cells stop at the stale If-Match (412), refused ones at 403.
const STALE = 'W/"999999"';
const expected = (roles: readonly string[], cell: Cell): 412 | 403 =>
  roles.includes(cell.role) && cell.scope === 'own' && scopeOf(cell.role) !== 'none' ? 412 : 403;

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

  const cells = matrixCells();
  const planCases = (Object.keys(planRequests) as (keyof typeof planRequests)[]).flatMap((endpoint) =>
    cells.map((cell) => [endpoint, cell.role, cell.scope, cell] as const),
  );
  const orderCases = (['SuspendMineProduction', 'ResumeMineProduction'] as const).flatMap((command) =>
    cells.map((cell) => [command, cell.role, cell.scope, cell] as const),
  );

  it.each(planCases)('%s by %s on %s scope', async (endpoint, _role, _scope, cell) => {
    const request = planRequests[endpoint];
    const res = await api.http
      .post(request.path(planId))
      .set('Authorization', await api.login(cell.username))
      .set('If-Match', STALE)
      .send(request.body(cell.jurisdiction));
    expect({ endpoint, role: cell.role, scope: cell.scope, status: res.status }).toEqual({
      endpoint,
      role: cell.role,
      scope: cell.scope,
      status: expected(enforcementPlanCommandAccess[request.command].roles, cell),
    });
  });

  it.each(orderCases)('%s (signed, citing a document) by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = mineRequests[command];
    const res = await api.http
      .post(request.path(cell.mineId))
      .set('Authorization', await api.login(cell.username))
      .set('If-Match', STALE)
      .send(request.body(cell.jurisdiction, cell.mineId));
    expect({ command, role: cell.role, scope: cell.scope, status: res.status }).toEqual({
      command,
      role: cell.role,
      scope: cell.scope,
      status: expected(mineCommandAccess[command].roles, cell),
    });
  });

  it('covers every endpoint with every role × own / other cell and wrote nothing', async () => {
    expect(planCases).toHaveLength(3 * ROLES.length * 2);
    expect(orderCases).toHaveLength(2 * ROLES.length * 2);
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(eventsBefore);
  });
});
