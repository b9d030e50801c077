import {
  HotWorkPermitCommandType,
  MonthlyCheckCommandType,
  ROLES,
  hotWorkPermitCommandAccess,
  monthlyCheckCommandAccess,
} from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { checkBody, hotWorkPermitRequests, monthlyCheckRequests, permitBody } from '../../support/monthly-duty-requests';
import { addOtherDistrictLeader } from '../../support/matrix-actors';
import { expectCell, matrixCases } from '../../support/matrix-cells';

// Allowed cells stop at the stale If-Match (412), refused ones at 403 (test/support/matrix-cells.ts).
describe('authorisation matrix for monthly checks and hot-work permits: every role × command × own / other scope', () => {
  let api: ApiApp;
  const checkOn: Record<string, string> = {};
  const permitOn: Record<string, string> = {};
  let eventsBefore = 0;
  const count = async () => (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;

  beforeAll(async () => {
    api = await startApiApp();
    await addOtherDistrictLeader(api);
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    for (const [mineId, username] of [
      ['mine-demo-1', 'enterprise.staff'],
      ['mine-demo-2', 'enterprise.other'],
    ]) {
      const auth = await api.login(username);
      const check = await api.http
        .post('/monthly-checks')
        .set('Authorization', auth)
        .send(checkBody(mineId, { month: '2025-03', occurredAt: '2025-03-20T02:00:00.000Z' }))
        .expect(201);
      checkOn[mineId] = check.body.id;
      const permit = await api.http
        .post('/hot-work-permits')
        .set('Authorization', auth)
        .send(permitBody(mineId))
        .expect(201);
      permitOn[mineId] = permit.body.id;
    }
    eventsBefore = await count();
  });
  afterAll(() => api.close());

  const checkCases = matrixCases(Object.keys(monthlyCheckCommandAccess) as MonthlyCheckCommandType[]);
  it.each(checkCases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = monthlyCheckRequests[command];
    await expectCell(api, { command }, cell, {
      path: request.path(checkOn[cell.mineId]),
      body: request.body(cell.mineId),
      roles: monthlyCheckCommandAccess[command].roles,
    });
  });

  const permitCases = matrixCases(Object.keys(hotWorkPermitCommandAccess) as HotWorkPermitCommandType[]);
  it.each(permitCases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = hotWorkPermitRequests[command];
    await expectCell(api, { command }, cell, {
      path: request.path(permitOn[cell.mineId]),
      body: request.body(cell.mineId),
      roles: hotWorkPermitCommandAccess[command].roles,
    });
  });

  it('covers every command with every role × own / other cell and wrote nothing', async () => {
    const commands = Object.keys(monthlyCheckCommandAccess).length + Object.keys(hotWorkPermitCommandAccess).length;
    expect(checkCases.length + permitCases.length).toBe(commands * ROLES.length * 2);
    expect(await count()).toBe(eventsBefore);
  });

  it.each(['leader.wang', 'inspector.zhang', 'auditor', 'investigator', 'enterprise.principal'])(
    'lets %s read the register and the board of mine-demo-1; administrators read nothing',
    async (username) => {
      const auth = await api.login(username);
      for (const path of [
        '/monthly-check-register',
        '/hot-work-permit-register',
        '/boards/monthly-check?mineId=mine-demo-1',
      ])
        expect({ path, status: (await api.http.get(path).set('Authorization', auth)).status }).toEqual({
          path,
          status: 200,
        });
      const admin = await api.login('sysadmin');
      expect((await api.http.get('/monthly-check-register').set('Authorization', admin)).status).toBe(403);
    },
  );
});
