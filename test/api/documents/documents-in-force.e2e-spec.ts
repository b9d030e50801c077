import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { ApiApp } from '../../support/api-app';
import { eventCount } from '../../support/documents-app';
import { finding } from '../../support/hazard-requests';
import { PlantedInspectionTeams, PlantedInspectionTeamsModule } from '../../support/planted-inspection-teams';
import { startWithDemoMines } from '../hazards/hazard-steps';

const MINE = 'mine-demo-1';
const OTHER_MINE = 'mine-demo-2';
const INSPECTION = 'insp-in-force-1';
const PASSWORD = { password: DEMO_PASSWORD };
const REVIEW = { conclusion: 'approved', opinion: '同意' };
const BASIS = '安全生产法第一百零一条';

describe('only a document in force binds: amended after signing, a draft or a foreign hazard is refused', () => {
  let api: ApiApp;
  const post = async (username: string, path: string, body: object) =>
    api.http
      .post(path)
      .set('Authorization', await api.login(username))
      .send(body);
  const ok = async (username: string, path: string, body: object) => {
    const res = await post(username, path, body);
    expect({ path, status: res.status }).toEqual({ path, status: path.split('/').length === 2 ? 201 : 200 });
    return res.body.id as string;
  };
  /** Refused with `status` as problem+json, nothing written. */
  const refused = async (username: string, path: string, body: object, status: number) => {
    const before = await eventCount(api);
    const res = await post(username, path, body);
    expect({ path, status: res.status, type: res.headers['content-type'] }).toEqual({
      path,
      status,
      type: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(await eventCount(api)).toBe(before);
  };
  const draft = (kind: string, docNo: string, mineId = MINE, inspectionId?: string) =>
    ok('inspector.zhang', '/documents', {
      kind,
      docNo,
      mineId,
      inspectionId,
      hazardIds: [],
      content: { facts: '一个出口' },
    });

  beforeAll(async () => {
    api = await startWithDemoMines({ inspectionTeams: PlantedInspectionTeamsModule });
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

  it('a 停产整顿 order amended after signing suspends nothing until re-reviewed and re-signed; only the answerable amend it', async () => {
    const id = await draft('suspension_order', '(上)应急停〔2024〕21号', MINE, INSPECTION);
    await ok('inspector.li', `/documents/${id}/legal-review`, REVIEW);
    await ok('inspector.zhang', `/documents/${id}/signature`, PASSWORD);
    const amendment = { content: { facts: '一个出口（另一坍塌）' }, reason: '补充事实' };
    await refused('inspector.li', `/documents/${id}/amendments`, amendment, 403);
    await ok('inspector.zhang', `/documents/${id}/amendments`, amendment);
    const shown = async () =>
      (
        await api.http
          .get(`/documents/${id}`)
          .set('Authorization', await api.login('leader.wang'))
          .expect(200)
      ).body;
    expect(await shown()).toMatchObject({
      inForce: false,
      document: { status: 'drafted', version: 2, signedVersion: 1 },
    });
    const suspension = { documentId: id, extent: 'full', reason: '重大隐患 / major hazard', ...PASSWORD };
    await refused('inspector.zhang', `/mines/${MINE}/suspension`, suspension, 422);
    await refused('inspector.zhang', `/documents/${id}/signature`, PASSWORD, 422);
    await ok('inspector.li', `/documents/${id}/legal-review`, REVIEW);
    await ok('inspector.zhang', `/documents/${id}/signature`, PASSWORD);
    expect(await shown()).toMatchObject({ inForce: true, document: { status: 'signed', signedVersion: 2 } });
    await ok('inspector.zhang', `/mines/${MINE}/suspension`, suspension);
  });

  it('whoever amended a draft may not give it 法制审核', async () => {
    const id = await draft('case_approval', '(上)应急立〔2024〕21号');
    await ok('inspector.li', `/documents/${id}/amendments`, { content: { facts: '两个出口' }, reason: '改写' });
    await refused('inspector.li', `/documents/${id}/legal-review`, REVIEW, 403);
  });

  describe('a penalty', () => {
    const target = { targetId: 't1', kind: 'company', name: '示范矿业', amountYuan: 150000, legalBasis: BASIS };
    const penalty = (documentId: string, hazardIds: string[] = []) => ({
      mineId: OTHER_MINE,
      documentId,
      hazardIds,
      targets: [target],
      ...PASSWORD,
    });
    let decision: string;

    beforeAll(async () => {
      decision = await draft('penalty_decision', '(上)应急罚〔2024〕21号', OTHER_MINE);
    });

    it('refuses a 行政处罚决定书 not in force: a draft, then one amended after signing; its reviewer may not sign', async () => {
      await refused('leader.wang', '/penalties', penalty(decision), 422);
      await ok('inspector.li', `/documents/${decision}/legal-review`, REVIEW);
      await ok('leader.wang', `/documents/${decision}/signature`, PASSWORD);
      await ok('inspector.zhang', `/documents/${decision}/amendments`, { content: { facts: '改' }, reason: '笔误' });
      await refused('leader.wang', '/penalties', penalty(decision), 422);
      // Re-reviewed by a leader: that leader may not also sign it (separation of duties); another leader may.
      await ok('leader.zhao', `/documents/${decision}/legal-review`, REVIEW);
      await refused('leader.zhao', `/documents/${decision}/signature`, PASSWORD, 403);
      await ok('leader.wang', `/documents/${decision}/signature`, PASSWORD);
    });

    it("refuses another mine's hazard or one that does not exist", async () => {
      const discovery = { mineId: MINE, ...finding(), source: 'self_check' };
      const foreign = await ok('enterprise.staff', '/hazards', discovery);
      await refused('leader.wang', '/penalties', penalty(decision, [foreign]), 422);
      await refused('leader.wang', '/penalties', penalty(decision, ['hz-none']), 422);
    });

    it('is signed by the decider with the re-entered password (谁处罚、谁签名)', async () => {
      const { password: _p, ...unsigned } = penalty(decision);
      await refused('leader.wang', '/penalties', unsigned, 400);
      await refused('leader.wang', '/penalties', { ...unsigned, password: 'wrong' }, 401);
      const id = await ok('leader.wang', '/penalties', penalty(decision));
      const [decided] = await api.app.get<EventStore>(EVENT_STORE).readStream(streams.penalty(id));
      expect(decided.data).toMatchObject({
        documentId: decision,
        signature: { signerId: 'u-leader-wang', meaning: '行政处罚决定签署 / penalty decided' },
      });
    });
  });
});
