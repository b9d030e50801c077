import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { ApiApp } from '../../support/api-app';
import { plantDocument, plantedDocuments } from '../../support/planted-documents';
import { HazardSteps, hazardSteps, startWithDemoMines } from '../hazards/hazard-steps';
import { aMajorHazard, lastMineEvent, mineEventTypes, signOff } from './order-steps';

const MINE = 'mine-demo-1';
const signed = { password: DEMO_PASSWORD };

describe('orders that bind: 停产整顿 on the mine and its hazards, 复产 only after 销号', () => {
  let api: ApiApp;
  let kit: HazardSteps;
  let hazardId: string;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true, plantedDocuments: true });
    kit = hazardSteps(api);
    hazardId = await aMajorHazard(kit, MINE);
  });
  afterAll(() => api.close());

  const post = (username: string, path: string, body: object) => kit.post(username, path, body);
  const mine = async () =>
    (await api.http.get(`/mines/${MINE}`).set('Authorization', await api.login('leader.wang'))).body;

  /** Refused with `status` as problem+json, and the mine's stream unchanged. */
  const refused = async (username: string, path: string, body: object, status: number) => {
    const before = await mineEventTypes(api, MINE);
    const res = await post(username, path, body);
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
      status,
      type: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(await mineEventTypes(api, MINE)).toEqual(before);
    return res.body as { detail: string; code?: string };
  };

  it('a signed 停产整顿 order naming a major hazard suspends the mine, and the hazard shows the same order', async () => {
    const order = plantDocument('suspension_order', MINE, [hazardId], 'doc-order-e2e');
    const body = { documentId: order.documentId, extent: 'full', reason: '存在重大事故隐患 / major hazard', ...signed };
    await refused('inspector.zhang', `/mines/${MINE}/suspension`, { ...body, password: 'wrong' }, 401);
    await refused('enterprise.principal', `/mines/${MINE}/suspension`, body, 403);
    const res = await post('inspector.zhang', `/mines/${MINE}/suspension`, body);
    expect(res.status).toBe(200);

    const { data } = await lastMineEvent(api, MINE, 'MineProductionSuspended');
    expect(data).toMatchObject({
      orderNo: order.docNo,
      orderDocumentId: order.documentId,
      hazardIds: [hazardId],
      orderedBy: 'u-inspector-zhang',
      signature: { signerId: 'u-inspector-zhang', meaning: '责令停产整顿签发 / suspension order issued' },
    });
    expect(await mine()).toMatchObject({
      status: 'Suspended',
      suspension: { orderNo: order.docNo, hazardIds: [hazardId] },
    });
    const hazard = await kit.read('enterprise.principal', hazardId);
    expect(hazard.body.mineSuspension).toMatchObject({
      mineId: MINE,
      orderNo: order.docNo,
      orderDocumentId: 'doc-order-e2e',
    });
  });

  it('refuses orders citing documents that cannot bind: unknown, of another kind, of another mine, not in force', async () => {
    const path = `/mines/mine-demo-2/suspension`;
    const base = { extent: 'full', reason: '测试 / test', ...signed };
    plantedDocuments.plant({ ...plantDocument('suspension_order', 'mine-demo-1', [], 'doc-foreign') });
    plantedDocuments.plant({ ...plantDocument('resumption_approval', 'mine-demo-2', [], 'doc-wrong-kind') });
    plantedDocuments.plant({ ...plantDocument('suspension_order', 'mine-demo-2', [], 'doc-draft'), inForce: false });
    for (const [documentId, status] of [
      ['doc-none', 422],
      ['doc-foreign', 422],
      ['doc-wrong-kind', 422],
      ['doc-draft', 422],
    ] as const) {
      const res = await post('inspector.zhang', path, { ...base, documentId });
      expect({ documentId, status: res.status, type: res.headers['content-type'] }).toEqual({
        documentId,
        status,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
    }
    expect(await mineEventTypes(api, 'mine-demo-2')).toEqual(['MineRegistered']);
  });

  it('refuses 复产 while the hazard is not signed off, naming it in both languages, then accepts it after 销号', async () => {
    const approval = plantDocument('resumption_approval', MINE, [hazardId], 'doc-approval-e2e');
    const body = { documentId: approval.documentId, ...signed };
    const problem = await refused('leader.wang', `/mines/${MINE}/resumption`, body, 422);
    expect(problem).toMatchObject({ code: 'HazardsNotSignedOff' });
    expect(problem.detail).toContain(hazardId);
    expect(problem.detail).toContain('尚未销号');
    expect(problem.detail).toContain('not signed off');
    await refused('inspector.zhang', `/mines/${MINE}/resumption`, body, 403);

    const suspendedAt = new Date().toISOString();
    await signOff(kit, hazardId, '上应急销〔2024〕21号');
    const res = await post('leader.wang', `/mines/${MINE}/resumption`, body);
    expect(res.status).toBe(200);
    const { data } = await lastMineEvent(api, MINE, 'MineProductionResumed');
    expect(data).toMatchObject({
      approvalNo: approval.docNo,
      approvalDocumentId: 'doc-approval-e2e',
      liftedOrderNo: '(上党)应急停〔2024〕doc-order-e2e',
      signOffs: [{ hazardId, decisionNo: '上应急销〔2024〕21号' }],
      signature: { signerId: 'u-leader-wang', meaning: '复产批准签发 / resumption approved' },
    });
    expect(await mine()).toMatchObject({ status: 'Producing' });
    const board = await api.http
      .get(`/boards/mines-under-suspension?status=all&minPosition=${res.body.logPosition}`)
      .set('Authorization', await api.login('leader.wang'));
    expect(board.body.items).toEqual([
      expect.objectContaining({ mineId: MINE, status: 'resumed', approvalNo: approval.docNo }),
    ]);
    expect((await kit.read('enterprise.principal', hazardId)).body.mineSuspension).toBeNull();
    // As of a moment while the order was in force, the hazard still shows it.
    const then = await kit.read('enterprise.principal', hazardId, `?asOf=${encodeURIComponent(suspendedAt)}`);
    expect(then.body.mineSuspension).toMatchObject({ orderNo: '(上党)应急停〔2024〕doc-order-e2e' });
  });

  it('no longer lets a regulator suspend at hazard level: that is the mine order (one fact)', async () => {
    const res = await post('inspector.zhang', `/hazards/${hazardId}/suspension`, { scope: 'full', orderNo: 'X' });
    expect(res.status).toBe(403);
  });
});
