import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { PlantedInspectionTeams, PlantedInspectionTeamsModule } from '../../support/planted-inspection-teams';

const MINE = 'mine-demo-1';
const INSPECTION = 'insp-e2e-1';
const PASSWORD = { password: 'Demo-2024!' };

describe('执法文书 over HTTP: legal review, signing, service, amendment after service', () => {
  let api: ApiApp;
  const as = (username: string) => api.login(username);
  const post = async (username: string, path: string, body: object) =>
    api.http
      .post(path)
      .set('Authorization', await as(username))
      .send(body);

  beforeAll(async () => {
    api = await startApiApp({ inspectionTeams: PlantedInspectionTeamsModule });
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    api.app.get(PlantedInspectionTeams).plant({
      inspectionId: INSPECTION,
      mineId: MINE,
      members: [
        { userId: 'u-inspector-zhang', certificateNo: '14040420240001', leader: true },
        { userId: 'u-leader-wang', certificateNo: '14040420230001', leader: false },
      ],
    });
  });
  afterAll(() => api.close());

  const draft = async (overrides: object = {}) => {
    const res = await post('inspector.zhang', '/documents', {
      kind: 'suspension_order',
      docNo: '(上)应急停〔2024〕3号',
      mineId: MINE,
      inspectionId: INSPECTION,
      hazardIds: [],
      content: { facts: '-220m 中段仅有一个安全出口', measures: '立即停止该中段作业' },
      ...overrides,
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it('refuses an inspection that does not exist or is of another mine (422), writing nothing', async () => {
    const base = { kind: 'rectification_order', docNo: 'X', hazardIds: [], content: { facts: 'x' } };
    const missing = await post('inspector.zhang', '/documents', { ...base, mineId: MINE, inspectionId: 'nope' });
    expect(missing.status).toBe(422);
    const other = await post('inspector.zhang', '/documents', {
      ...base,
      mineId: 'mine-demo-2',
      inspectionId: INSPECTION,
    });
    expect(other.status).toBe(422);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('separation of duties: the drafter may not review; an inspector off the team may not sign', async () => {
    const id = await draft();
    expect(
      (await post('inspector.zhang', `/documents/${id}/legal-review`, { conclusion: 'approved', opinion: '同意' }))
        .status,
    ).toBe(403);
    expect((await post('inspector.zhang', `/documents/${id}/signature`, PASSWORD)).status).toBe(422);
    expect(
      (await post('inspector.li', `/documents/${id}/legal-review`, { conclusion: 'approved', opinion: '同意' })).status,
    ).toBe(200);
    expect((await post('inspector.li', `/documents/${id}/signature`, PASSWORD)).status).toBe(403);
    expect((await post('inspector.zhang', `/documents/${id}/signature`, { password: 'wrong' })).status).toBe(401);
    expect((await post('inspector.zhang', `/documents/${id}/signature`, PASSWORD)).status).toBe(200);
  });

  it('a document amended after service: both versions readable as of each date, the amendment flagged', async () => {
    const id = await draft();
    await post('inspector.li', `/documents/${id}/legal-review`, { conclusion: 'approved', opinion: '同意' });
    await post('inspector.zhang', `/documents/${id}/signature`, PASSWORD);
    const served = await post('inspector.zhang', `/documents/${id}/service`, {
      method: 'in_person',
      recipient: '王建国（矿长）',
      servedAt: new Date().toISOString(),
    });
    expect(served.status).toBe(200);
    const afterService = new Date().toISOString();
    const amended = await post('inspector.zhang', `/documents/${id}/amendments`, {
      content: { facts: '-220m 中段仅有一个安全出口（另一出口坍塌）', measures: '立即停止该中段作业' },
      reason: '补充现场核实情况',
    });
    expect(amended.status).toBe(200);
    const leader = await as('leader.wang');
    const then = await api.http
      .get(`/documents/${id}`)
      .query({ asOf: afterService })
      .set('Authorization', leader)
      .expect(200);
    expect(then.body.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    expect(then.body.document).toMatchObject({ status: 'served', version: 1 });
    const now = await api.http.get(`/documents/${id}`).set('Authorization', leader).expect(200);
    expect(now.body.versions).toEqual([
      expect.objectContaining({
        version: 1,
        content: expect.objectContaining({ facts: '-220m 中段仅有一个安全出口' }),
      }),
      expect.objectContaining({
        version: 2,
        reason: '补充现场核实情况',
        afterSigning: true,
        afterService: true,
        diff: [
          { field: 'facts', before: '-220m 中段仅有一个安全出口', after: '-220m 中段仅有一个安全出口（另一出口坍塌）' },
        ],
      }),
    ]);
    expect(now.body.versions[0].recordedUntil).toBe(now.body.versions[1].recordedFrom);
  });
});
