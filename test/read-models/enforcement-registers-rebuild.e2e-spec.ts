import { comparePositions, parsePosition } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { readCheckpoint, rebuildProjection } from '@hazard-ledger/projection-engine';
import { auditTrail, documentRegister, penaltyRegister } from '@hazard-ledger/read-models';
import { DataSource } from 'typeorm';
import { seedDemoMines } from '../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../support/api-app';
import { documentRequests } from '../support/document-requests';
import { PlantedInspectionTeams, PlantedInspectionTeamsModule } from '../support/planted-inspection-teams';
import { buildFromScratch, caughtUp, hashesOf } from '../support/read-model-snapshot';

const DEFINITIONS = [documentRegister, penaltyRegister, auditTrail];
const MINE = 'mine-demo-1';

describe('执法文书 / 行政处罚 registers: built live while commands run, equal to a build from zero and to a rebuild', () => {
  let api: ApiApp;
  let last = '0/0';
  beforeAll(async () => {
    api = await startApiApp({ runProjections: true, inspectionTeams: PlantedInspectionTeamsModule });
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    api.app.get(PlantedInspectionTeams).plant({
      inspectionId: 'insp-1',
      mineId: MINE,
      members: [{ userId: 'u-inspector-zhang', certificateNo: '14040420240001', leader: true }],
    });
  }, 60_000);
  afterAll(() => api.close());

  const post = async (username: string, path: string, body: object) => {
    const res = await api.http
      .post(path)
      .set('Authorization', await api.login(username))
      .send(body);
    const creates = path === '/documents' || path === '/penalties';
    expect({ path, status: res.status }).toEqual({ path, status: creates ? 201 : 200 });
    if (comparePositions(parsePosition(res.body.logPosition), parsePosition(last)) > 0) last = res.body.logPosition;
    return res.body.id as string;
  };

  it('row for row, after documents walk their lifecycle and penalties are paid', async () => {
    const t = { mineId: MINE, inspectionId: 'insp-1', documentId: '', penaltyDocumentId: '', penaltyId: '' };
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const id = await post('inspector.zhang', '/documents', documentRequests.DraftDocument.body(t));
        const d = { ...t, documentId: id };
        if (i > 0) await post('inspector.zhang', `/documents/${id}/signature`, documentRequests.SignDocument.body(d));
        if (i > 1) await post('inspector.zhang', `/documents/${id}/service`, documentRequests.ServeDocument.body(d));
        if (i > 2) await post('inspector.zhang', `/documents/${id}/amendments`, documentRequests.AmendDocument.body(d));
        if (i > 4) await post('leader.wang', `/documents/${id}/revocation`, documentRequests.RevokeDocument.body(d));
      }),
    );
    const decision = await post('inspector.zhang', '/documents', {
      ...documentRequests.DraftDocument.body(t),
      kind: 'penalty_decision',
    });
    const p = { ...t, penaltyDocumentId: decision };
    // A penalty cites a 行政处罚决定书 in force: legally reviewed by someone off the team, then signed.
    await post('inspector.li', `/documents/${decision}/legal-review`, documentRequests.ReviewDocumentLegally.body(p));
    await post('inspector.zhang', `/documents/${decision}/signature`, documentRequests.SignDocument.body(p));
    const penaltyId = await post('leader.wang', '/penalties', documentRequests.DecidePenalty.body(p));
    await post(
      'inspector.zhang',
      `/penalties/${penaltyId}/payments`,
      documentRequests.RecordPenaltyPayment.body({ ...p, penaltyId }),
    );
    await post(
      'leader.wang',
      `/penalties/${penaltyId}/enforcement`,
      documentRequests.RecordPenaltyEnforcement.body({ ...p, penaltyId }),
    );

    const ds = api.app.get(DataSource);
    const store = api.app.get<EventStore>(EVENT_STORE);
    await caughtUp(ds, DEFINITIONS, parsePosition(last));
    for (const definition of DEFINITIONS) {
      const live = await hashesOf(ds, definition.tables);
      expect((live[definition.tables[0]] as { rows: number }).rows).toBeGreaterThan(0);
      const shadows = await buildFromScratch(ds, store, definition, await readCheckpoint(ds.manager, definition.name));
      expect({ model: definition.name, tables: await hashesOf(ds, shadows) }).toEqual({
        model: definition.name,
        tables: live,
      });
      await rebuildProjection({ dataSource: ds, feed: store, definition, batchSize: 5 });
      expect({ model: definition.name, tables: await hashesOf(ds, definition.tables, store) }).toEqual({
        model: definition.name,
        tables: live,
      });
    }
  }, 120_000);
});
