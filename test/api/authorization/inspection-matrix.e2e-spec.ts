import { InspectionCommandType, inspectionCommandAccess, ROLES, scopeOf } from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { inspectionRequests, recordInspectionBody } from '../../support/inspection-requests';
import { Cell, addOtherDistrictLeader, matrixCells } from '../../support/matrix-actors';

// Allowed cells pass role and scope checks and then stop at the stale If-Match (412), so the matrix writes nothing
// and every cell is decided by the access layer alone; refused cells stop at 403.
const STALE = 'W/"999999"';

const expected = (roles: readonly string[], cell: Cell): 412 | 403 =>
  roles.includes(cell.role) && cell.scope === 'own' && scopeOf(cell.role) !== 'none' ? 412 : 403;

describe('authorisation matrix for inspections: every role × every inspection command × own / other scope', () => {
  let api: ApiApp;
  const inspectionOn: Record<string, string> = {};
  let eventsBefore = 0;

  beforeAll(async () => {
    api = await startApiApp();
    await addOtherDistrictLeader(api);
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    const leader = await api.login('leader.wang');
    for (const mineId of ['mine-demo-1', 'mine-demo-2']) {
      const res = await api.http
        .post('/inspections')
        .set('Authorization', leader)
        .send(recordInspectionBody(mineId))
        .expect(201);
      inspectionOn[mineId] = res.body.id;
      await api.http
        .post(`/inspections/${res.body.id}/result`)
        .set('Authorization', leader)
        .send({ result: 'no_major_hazard', summary: '未发现重大事故隐患' })
        .expect(200);
    }
    eventsBefore = (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
  });
  afterAll(() => api.close());

  const cases = (Object.keys(inspectionCommandAccess) as InspectionCommandType[]).flatMap((command) =>
    matrixCells().map((cell) => [command, cell.role, cell.scope, cell] as const),
  );

  it.each(cases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = inspectionRequests[command];
    const res = await api.http
      .post(request.path(inspectionOn[cell.mineId]))
      .set('Authorization', await api.login(cell.username))
      .set('If-Match', STALE)
      .send(request.body(cell.mineId));
    expect({ command, role: cell.role, scope: cell.scope, status: res.status }).toEqual({
      command,
      role: cell.role,
      scope: cell.scope,
      status: expected(inspectionCommandAccess[command].roles, cell),
    });
  });

  it('covers every command with every role × own / other cell and wrote nothing', async () => {
    expect(cases).toHaveLength(Object.keys(inspectionCommandAccess).length * ROLES.length * 2);
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(eventsBefore);
  });
});
