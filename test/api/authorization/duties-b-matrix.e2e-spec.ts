import { ROLES } from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { DutyIds, dutyRequests, plantDutyRecords } from '../../support/duty-requests';
import { addOtherDistrictLeader } from '../../support/matrix-actors';
import { expectCell, matrixCases } from '../../support/matrix-cells';

// Allowed cells stop at the stale If-Match (412), refused ones at 403 (test/support/matrix-cells.ts).
describe('authorisation matrix for contractors, census, 体检式精查 and 一企一档: every role × command × own / other', () => {
  let api: ApiApp;
  const ids: Record<string, DutyIds> = {};
  let eventsBefore = 0;

  beforeAll(async () => {
    api = await startApiApp();
    await addOtherDistrictLeader(api);
    const store = api.app.get(EVENT_STORE);
    await seedDemoMines(store, new Date().toISOString());
    ids['mine-demo-1'] = await plantDutyRecords(store, 'mine-demo-1', 'm1');
    ids['mine-demo-2'] = await plantDutyRecords(store, 'mine-demo-2', 'm2');
    eventsBefore = (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
  });
  afterAll(() => api.close());

  const cases = matrixCases(Object.keys(dutyRequests));

  it.each(cases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = dutyRequests[command];
    await expectCell(api, { command }, cell, {
      path: request.path(ids[cell.mineId], cell.mineId),
      body: request.body(cell.mineId),
      roles: request.access.roles,
    });
  });

  it('covers every command with every role × own / other cell and wrote nothing', async () => {
    expect(cases).toHaveLength(Object.keys(dutyRequests).length * ROLES.length * 2);
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(eventsBefore);
  });
});
