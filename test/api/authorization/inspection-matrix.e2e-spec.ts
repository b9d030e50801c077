import { InspectionCommandType, inspectionCommandAccess, ROLES } from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { inspectionRequests, recordInspectionBody } from '../../support/inspection-requests';
import { addOtherDistrictLeader } from '../../support/matrix-actors';
import { expectCell, matrixCases } from '../../support/matrix-cells';

// Allowed cells stop at the stale If-Match (412), refused ones at 403 (test/support/matrix-cells.ts).
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

  const cases = matrixCases(Object.keys(inspectionCommandAccess) as InspectionCommandType[]);

  it.each(cases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = inspectionRequests[command];
    await expectCell(api, { command }, cell, {
      path: request.path(inspectionOn[cell.mineId]),
      body: request.body(cell.mineId),
      roles: inspectionCommandAccess[command].roles,
    });
  });

  it('covers every command with every role × own / other cell and wrote nothing', async () => {
    expect(cases).toHaveLength(Object.keys(inspectionCommandAccess).length * ROLES.length * 2);
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(eventsBefore);
  });
});
