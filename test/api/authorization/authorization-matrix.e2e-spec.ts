import {
  HazardCommandType,
  ROLES,
  MineCommandType,
  hazardCommandAccess,
  mineCommandAccess,
  scopeOf,
} from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { hazardRequests } from '../../support/hazard-requests';
import { mineRequests } from '../../support/mine-requests';
import { Cell, addOtherDistrictLeader, matrixCells } from '../../support/matrix-actors';

// Allowed cells must pass role and scope checks and then stop at the stale If-Match (412), so the matrix writes
// nothing and every cell is decided by the access layer alone; refused cells must stop at 403.
const STALE = 'W/"999999"';

const expected = (roles: readonly string[], cell: Cell): 412 | 403 =>
  roles.includes(cell.role) && cell.scope === 'own' && scopeOf(cell.role) !== 'none' ? 412 : 403;

describe('authorisation matrix: every role × every command × own / other scope', () => {
  let api: ApiApp;
  const hazardOn: Record<string, string> = {};
  let eventsBefore = 0;

  beforeAll(async () => {
    api = await startApiApp({ plantedDocuments: true });
    await addOtherDistrictLeader(api);
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    for (const mineId of ['mine-demo-1', 'mine-demo-2']) {
      const res = await api.http
        .post('/hazards')
        .set('Authorization', await api.login('leader.wang'))
        .send(hazardRequests.DiscoverHazard.body(mineId))
        .expect(201);
      hazardOn[mineId] = res.body.id;
    }
    eventsBefore = (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
  });
  afterAll(() => api.close());

  const cells = matrixCells();
  const hazardCases = (Object.keys(hazardCommandAccess) as HazardCommandType[]).flatMap((command) =>
    cells.map((cell) => [command, cell.role, cell.scope, cell] as const),
  );
  const mineCases = (Object.keys(mineCommandAccess) as MineCommandType[]).flatMap((command) =>
    cells.map((cell) => [command, cell.role, cell.scope, cell] as const),
  );

  it.each(hazardCases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = hazardRequests[command];
    const res = await api.http
      .post(request.path(hazardOn[cell.mineId]))
      .set('Authorization', await api.login(cell.username))
      .set('If-Match', STALE)
      .send(request.body(cell.mineId));
    expect({ command, role: cell.role, scope: cell.scope, status: res.status }).toEqual({
      command,
      role: cell.role,
      scope: cell.scope,
      status: expected(hazardCommandAccess[command].roles, cell),
    });
  });

  it.each(mineCases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
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

  it('covers every command with every role × own/other cell and wrote nothing', async () => {
    expect(hazardCases).toHaveLength(Object.keys(hazardCommandAccess).length * ROLES.length * 2);
    expect(mineCases).toHaveLength(Object.keys(mineCommandAccess).length * ROLES.length * 2);
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(eventsBefore);
  });
});
