import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { ApiApp } from '../../support/api-app';
import { DISTRICT_TEAM, findingBody, recordInspectionBody } from '../../support/inspection-requests';
import { HazardSteps, hazardSteps, startWithDemoMines } from '../hazards/hazard-steps';
import { lastMineEvent, signOff } from '../orders/order-steps';

const MINE = 'mine-demo-1';
const signed = { password: DEMO_PASSWORD };

/**
 * The regulator's half of the record end to end, on the real records only (no planted documents or teams): an
 * inspection signed "no major hazard" by its whole team; a later one whose finding is a major hazard; a 停产整顿指令
 * through 法制审核 and signature; the order binding the mine and the hazard; 复产 refused until 销号, then accepted.
 */
describe('journey: inspections, a 停产整顿 order and its 复产 (real PostgreSQL, real documents)', () => {
  let api: ApiApp;
  let kit: HazardSteps;
  let hazardId: string;
  let secondInspection: string;
  let orderId: string;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    kit = hazardSteps(api);
  }, 60_000);
  afterAll(() => api.close());

  const post = async (username: string, path: string, body: object) => {
    const res = await kit.post(username, path, body);
    return res;
  };
  const ok = async (username: string, path: string, body: object, status = 200) => {
    const res = await post(username, path, body);
    expect({ path, status: res.status, detail: res.body.detail }).toEqual({ path, status, detail: undefined });
    return res.body as { id: string; logPosition: string };
  };
  const mine = async () =>
    (await api.http.get(`/mines/${MINE}`).set('Authorization', await api.login('leader.wang'))).body;

  it('a team of three inspects, examines clauses and each member signs "no major hazard"', async () => {
    const { id } = await ok('leader.wang', '/inspections', recordInspectionBody(MINE), 201);
    const clauses = [{ clauseId: 'MHS2022-UG-01', note: '安全出口畅通 / exits clear' }];
    await ok('inspector.zhang', `/inspections/${id}/clauses`, { clauses });
    await ok('leader.wang', `/inspections/${id}/result`, { result: 'no_major_hazard', summary: '未发现重大事故隐患' });
    for (const user of ['leader.wang', 'inspector.zhang']) await ok(user, `/inspections/${id}/signatures`, signed);
    const half = await api.http.get(`/inspections/${id}`).set('Authorization', await api.login('auditor'));
    expect(half.body.inspection).toMatchObject({ complete: false });
    const last = await ok('inspector.li', `/inspections/${id}/signatures`, signed);
    const trail = await api.http
      .get(`/audit-trail?entityType=inspection&entityId=${id}&minPosition=${last.logPosition}`)
      .set('Authorization', await api.login('auditor'));
    const signers = (trail.body.entries as { eventType: string; actor: { id: string } }[])
      .filter((e) => e.eventType === 'InspectionResultSigned')
      .map((e) => e.actor.id);
    expect(signers).toEqual(['u-leader-wang', 'u-inspector-zhang', 'u-inspector-li']);
    const done = await api.http.get(`/inspections/${id}`).set('Authorization', await api.login('auditor'));
    expect(done.body.inspection).toMatchObject({ complete: true, result: { result: 'no_major_hazard' } });
    expect(done.body.inspection.signatures).toHaveLength(DISTRICT_TEAM.length);
  });

  it('a later inspection finds a major hazard: created from the inspection and determined major', async () => {
    const team = DISTRICT_TEAM.slice(0, 2); // 李强 stays off this team: he gives the order its 法制审核.
    ({ id: secondInspection } = await ok('leader.wang', '/inspections', recordInspectionBody(MINE, { team }), 201));
    const found = await ok('inspector.zhang', `/inspections/${secondInspection}/findings`, findingBody(), 201);
    hazardId = (found as unknown as { hazardId: string }).hazardId;
    const hazard = await kit.read('leader.wang', hazardId);
    expect(hazard.body.hazard).toMatchObject({ source: 'inspection', mineId: MINE });
    await ok('inspector.zhang', `/hazards/${hazardId}/major-determination`, { clauseId: 'MHS2022-UG-20', ...signed });
  });

  it('a 停产整顿指令 is drafted, legally reviewed, signed and served; the order suspends mine and hazard', async () => {
    ({ id: orderId } = await ok(
      'inspector.zhang',
      '/documents',
      {
        kind: 'suspension_order',
        docNo: '(上)应急停〔2024〕7号',
        mineId: MINE,
        inspectionId: secondInspection,
        hazardIds: [hazardId],
        content: { facts: '主要通风机未连续运转', decision: '责令全矿停产整顿' },
      },
      201,
    ));
    const order = { documentId: orderId, extent: 'full', reason: '重大事故隐患 / major hazard', ...signed };
    // Not yet signed: the order cannot bind the mine.
    expect((await post('inspector.zhang', `/mines/${MINE}/suspension`, order)).status).toBe(422);
    const review = { conclusion: 'approved', opinion: '事实清楚，依据充分' };
    expect((await post('inspector.zhang', `/documents/${orderId}/legal-review`, review)).status).toBe(403);
    await ok('inspector.li', `/documents/${orderId}/legal-review`, review);
    await ok('leader.wang', `/documents/${orderId}/signature`, signed);
    const service = { method: 'in_person', recipient: '王建国（矿长）', servedAt: new Date().toISOString() };
    await ok('inspector.zhang', `/documents/${orderId}/service`, service);

    await ok('inspector.zhang', `/mines/${MINE}/suspension`, order);
    expect(await mine()).toMatchObject({ status: 'Suspended', suspension: { hazardIds: [hazardId] } });
    const hazard = await kit.read('enterprise.principal', hazardId);
    expect(hazard.body.mineSuspension).toMatchObject({ orderDocumentId: orderId, orderNo: '(上)应急停〔2024〕7号' });
  });

  it('复产 is refused until the hazard is signed off, then accepted on a signed 复产批准', async () => {
    const { id: approvalId } = await ok(
      'inspector.zhang',
      '/documents',
      {
        kind: 'resumption_approval',
        docNo: '(上)应急复〔2024〕7号',
        mineId: MINE,
        hazardIds: [hazardId],
        content: { facts: '经复查具备复产条件', decision: '同意恢复生产' },
      },
      201,
    );
    await ok('leader.wang', `/documents/${approvalId}/signature`, signed);
    const resume = { documentId: approvalId, ...signed };
    const refused = await post('leader.wang', `/mines/${MINE}/resumption`, resume);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 422, code: 'HazardsNotSignedOff' });
    expect(await mine()).toMatchObject({ status: 'Suspended' });

    await signOff(kit, hazardId, '上应急销〔2024〕30号');
    await ok('leader.wang', `/mines/${MINE}/resumption`, resume);
    expect(await mine()).toMatchObject({ status: 'Producing' });
    const { data } = await lastMineEvent(api, MINE, 'MineProductionResumed');
    expect(data).toMatchObject({ approvalDocumentId: approvalId, signOffs: [{ hazardId }] });
  });
});
