import { ProductionSignalCommandType, ROLES, productionSignalCommandAccess } from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { addOtherDistrictLeader } from '../../support/matrix-actors';
import { expectCell, matrixCases } from '../../support/matrix-cells';
import { productionSignalRequests } from '../../support/production-signal-requests';

// Allowed cells stop at the stale If-Match (412), refused ones at 403 (test/support/matrix-cells.ts).
describe('authorisation matrix for production signals: every role × command × own / other scope', () => {
  let api: ApiApp;
  let eventsBefore = 0;
  const count = async () => (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;

  beforeAll(async () => {
    api = await startApiApp();
    await addOtherDistrictLeader(api);
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    eventsBefore = await count();
  });
  afterAll(() => api.close());

  const cases = matrixCases(Object.keys(productionSignalCommandAccess) as ProductionSignalCommandType[]);
  it.each(cases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = productionSignalRequests[command];
    await expectCell(api, { command }, cell, {
      path: request.path(),
      body: request.body(cell.mineId),
      roles: productionSignalCommandAccess[command].roles,
    });
  });

  it('covers every command with every role × own / other cell and wrote nothing', async () => {
    expect(cases.length).toBe(Object.keys(productionSignalCommandAccess).length * ROLES.length * 2);
    expect(await count()).toBe(eventsBefore);
  });

  it.each([
    ['inspector.zhang', 'mine-demo-1', 200],
    ['leader.wang', 'mine-demo-2', 200],
    ['auditor', 'mine-demo-1', 200],
    ['investigator', 'mine-demo-2', 200],
    ['enterprise.principal', 'mine-demo-1', 200],
    ['enterprise.other', 'mine-demo-1', 403],
    ['inspector.other', 'mine-demo-1', 403],
    ['sysadmin', 'mine-demo-1', 403],
  ] as const)('lets %s read the signals of %s: %i', async (username, mineId, status) => {
    const res = await api.http
      .get(`/mines/${mineId}/production-signals`)
      .set('Authorization', await api.login(username));
    expect({ username, mineId, status: res.status }).toEqual({ username, mineId, status });
  });
});
