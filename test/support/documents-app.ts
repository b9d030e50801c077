import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from './api-app';
import { DocumentTargets, documentRequests } from './document-requests';
import { PlantedInspectionTeams, PlantedInspectionTeamsModule } from './planted-inspection-teams';

export const DEMO_MINES = ['mine-demo-1', 'mine-demo-2'] as const;

/**
 * The API with the 执法文书 endpoints mounted on the test-only INSPECTION_TEAMS provider, the demo mines, one
 * inspection per mine (team: 张明 and 王刚), and on each mine a drafted 责令整改指令书, a 处罚决定书 in force (legally
 * reviewed by 李强, signed by 张明) and a penalty decided on it: the records the matrix and the bad-request generator
 * act on.
 */
export const startDocumentsApp = async (): Promise<{ api: ApiApp; targets: Record<string, DocumentTargets> }> => {
  const api = await startApiApp({ inspectionTeams: PlantedInspectionTeamsModule });
  await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
  const targets: Record<string, DocumentTargets> = {};
  for (const mineId of DEMO_MINES) {
    const inspectionId = `insp-${mineId}`;
    api.app.get(PlantedInspectionTeams).plant({
      inspectionId,
      mineId,
      members: [
        { userId: 'u-inspector-zhang', certificateNo: '14040420240001', leader: true },
        { userId: 'u-leader-wang', certificateNo: '14040420230001', leader: false },
      ],
    });
    const base = { mineId, inspectionId, documentId: '', penaltyDocumentId: '', penaltyId: '' };
    const create = async (username: string, path: string, body: object) =>
      (
        await api.http
          .post(path)
          .set('Authorization', await api.login(username))
          .send(body)
          .expect(201)
      ).body.id as string;
    const documentId = await create('inspector.zhang', '/documents', documentRequests.DraftDocument.body(base));
    const penaltyDocumentId = await create('inspector.zhang', '/documents', {
      ...documentRequests.DraftDocument.body(base),
      kind: 'penalty_decision',
      docNo: '(上)应急罚〔2024〕12号',
    });
    const act = (username: string, path: string, body: object) =>
      api.login(username).then((auth) => api.http.post(path).set('Authorization', auth).send(body).expect(200));
    await act(
      'inspector.li',
      `/documents/${penaltyDocumentId}/legal-review`,
      documentRequests.ReviewDocumentLegally.body(base),
    );
    await act('inspector.zhang', `/documents/${penaltyDocumentId}/signature`, documentRequests.SignDocument.body(base));
    const withDocs = { ...base, documentId, penaltyDocumentId };
    const penaltyId = await create('leader.wang', '/penalties', documentRequests.DecidePenalty.body(withDocs));
    targets[mineId] = { ...withDocs, penaltyId };
  }
  return { api, targets };
};

export const eventCount = async (api: ApiApp): Promise<number> =>
  (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
