import {
  HazardCommandType,
  ROLES,
  MineCommandType,
  hazardCommandAccess,
  mineCommandAccess,
} from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { hazardRequests } from '../../support/hazard-requests';
import { mineRequests } from '../../support/mine-requests';
import { addOtherDistrictLeader } from '../../support/matrix-actors';
import { expectCell, matrixCases } from '../../support/matrix-cells';

// Allowed cells stop at the stale If-Match (412), refused ones at 403 (test/support/matrix-cells.ts).
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

  const hazardCases = matrixCases(Object.keys(hazardCommandAccess) as HazardCommandType[]);
  const mineCases = matrixCases(Object.keys(mineCommandAccess) as MineCommandType[]);

  it.each(hazardCases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = hazardRequests[command];
    await expectCell(api, { command }, cell, {
      path: request.path(hazardOn[cell.mineId]),
      body: request.body(cell.mineId),
      roles: hazardCommandAccess[command].roles,
    });
  });

  it.each(mineCases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = mineRequests[command];
    await expectCell(api, { command }, cell, {
      path: request.path(cell.mineId),
      body: request.body(cell.jurisdiction, cell.mineId),
      roles: mineCommandAccess[command].roles,
    });
  });

  it('covers every command with every role × own/other cell and wrote nothing', async () => {
    expect(hazardCases).toHaveLength(Object.keys(hazardCommandAccess).length * ROLES.length * 2);
    expect(mineCases).toHaveLength(Object.keys(mineCommandAccess).length * ROLES.length * 2);
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(eventsBefore);
  });
});
