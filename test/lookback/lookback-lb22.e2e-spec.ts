import { ApiApp } from '../support/api-app';
import { receiveBody, startTipsApp, stepBodies, tipSteps } from '../support/tip-steps';
import { finding } from '../support/hazard-requests';
import { expectEvidenceVerifies, lookback, sleep } from './lookback-support';

const LB22 = 'LB-22-tips';
const LB10 = 'LB-10-downgrades-amendments';
const LB13 = 'LB-13-late-self-reports';
const LB02 = 'LB-02-mine-timeline';
const DAY_MS = 86_400_000;
const NAMED = { anonymous: false, internal: false, name: '欧阳慕雪', phone: '13957689457' };

/**
 * LB-22 over HTTP: one tip taken through the whole loop on time (objection, re-review, reward paid, 追责) and its
 * reporter's identity revealed once; one tip left unaccepted — on time now, overdue at a cut ten days on.
 */
describe('look-back LB-22 (举报: steps, objections, rewards, identity reveals)', () => {
  let api: ApiApp;
  let steps: ReturnType<typeof tipSteps>;
  let started: Awaited<ReturnType<typeof startTipsApp>>;
  let last = '';
  const ids: Record<string, string> = {};
  let beforeSelfReports = '';
  const cuts: Record<string, string> = {};

  beforeAll(async () => {
    started = await startTipsApp({ runProjections: true });
    api = started.api;
    steps = tipSteps(api, (_where, text) => {
      const position = (JSON.parse(text || '{}') as { logPosition?: string }).logPosition;
      if (position) last = position;
    });
    ids.looped = (await steps.post('inspector.zhang', '/tips', receiveBody(NAMED))).body.id;
    await steps.throughTheLoop(ids.looped, started.links);
    const reveal = await steps.post('custodian.chen', `/tips/${ids.looped}/identity/reveal`, {
      reason: '核实是否遭打击报复',
    });
    expect(reveal.status).toBe(200);
    ids.waiting = (await steps.post('inspector.zhang', '/tips', receiveBody(NAMED, { channel: 'online' }))).body.id;
    await sleep(20);
    beforeSelfReports = new Date().toISOString();
    // After the tips about mine 1: a self-report there, then its description amended; mine 2's self-report is clean.
    const report = async (username: string, mineId: string) => {
      const res = await steps.post(username, '/hazards', { ...finding(), mineId, source: 'self_check' });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.selfReport = await report('enterprise.staff', 'mine-demo-1');
    ids.clean = await report('enterprise.other', 'mine-demo-2');
    const amended = await steps.post('enterprise.staff', `/hazards/${ids.selfReport}/description-amendment`, {
      next: '采场东侧出口有少量废石',
      reason: '现场复核 / re-checked on site',
    });
    expect(amended.status).toBe(200);
    // A tip found 不属实, later proved true by an inspection: planted after the cut the first tests use.
    await sleep(20);
    cuts.beforeFalse = new Date().toISOString();
    ids.provedTrue = (await steps.post('inspector.zhang', '/tips', receiveBody(NAMED))).body.id;
    const b = stepBodies(started.links);
    const on = async (username: string, suffix: string, body: object) => {
      const res = await steps.post(username, `/tips/${ids.provedTrue}/${suffix}`, body);
      expect({ suffix, status: res.status }).toEqual({ suffix, status: 200 });
    };
    await on('inspector.zhang', 'acceptance', {});
    await on('leader.wang', 'assignment', b.assign);
    await on('inspector.li', 'verification', { ...b.verify, finding: 'false', summary: '现场未见堵塞' });
    await on('inspector.li', 'handling', { hazardIds: [], documentIds: [], penaltyIds: [], summary: '不属实，未处理' });
    await on('inspector.li', 'feedback', { ...b.feedback, conclusion: '不属实', rewardEligible: false });
    await sleep(20);
    cuts.beforeLater = new Date().toISOString();
    await on('leader.wang', 'later-evidence', {
      kind: 'inspection',
      evidenceId: started.links.inspectionId,
      summary: '上级检查发现同一出口堵塞',
    });
  });
  afterAll(() => api.close());

  it('now: the looped tip with each step on time, objection, re-review, reward and the reveal (never the identity)', async () => {
    const { rows } = await lookback(api, LB22, { asOf: cuts.beforeFalse }, last);
    expect(rows.map((r) => [r.tipId, r.overdueAtCut, r.lateSteps])).toEqual([
      [ids.looped, false, []],
      [ids.waiting, false, []],
    ]);
    const looped = rows[0];
    expect((looped.steps as { step: string }[]).map((s) => s.step)).toEqual([
      'accept',
      'assign',
      'verify',
      'handle',
      'feedback',
      're_review',
    ]);
    expect(looped).toMatchObject({
      finding: 'true',
      reReviewOutcome: 'upheld',
      rewardYuan: 27_000,
      rewardPaid: true,
      accountabilityCases: ['ZZ-2024-3'],
      provenTrueLater: false,
    });
    expect(looped.objections).toHaveLength(1);
    expect(looped.identityReveals).toEqual([
      {
        by: expect.objectContaining({ role: 'identity_custodian' }),
        at: expect.any(String),
        reason: '核实是否遭打击报复',
      },
    ]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(NAMED.name);
    expect(text).not.toContain(NAMED.phone);
    expect(looped.evidence.map((e) => e.type).at(-1)).toBe('TipIdentityRevealed');
    expect(await expectEvidenceVerifies(api, rows)).toBe(13);
  });

  it('at a cut ten days on, the unaccepted tip is overdue at acceptance; the looped one is not', async () => {
    const asOf = new Date(Date.now() + 10 * DAY_MS).toISOString();
    const { rows } = await lookback(api, LB22, { asOf }, last);
    expect(rows.slice(0, 2).map((r) => [r.tipId, r.overdueAtCut, r.pendingStep])).toEqual([
      [ids.looped, false, 'none'],
      [ids.waiting, true, 'accept'],
    ]);
    expect(rows.map((r) => r.tipId)).toEqual([ids.looped, ids.waiting, ids.provedTrue]);
  });

  it('the tip closed 不属实 shows proved true only from the later evidence on', async () => {
    const proved = async (asOf?: string) =>
      (await lookback(api, LB22, asOf ? { asOf } : {}, last)).rows.find((r) => r.tipId === ids.provedTrue)!;
    expect(await proved(cuts.beforeLater)).toMatchObject({ finding: 'false', provenTrueLater: false });
    const now = await proved();
    expect(now).toMatchObject({ finding: 'false', provenTrueLater: true });
    expect(now.evidence.map((e) => e.type).at(-1)).toBe('TipLaterEvidenceLinked');
    expect(await expectEvidenceVerifies(api, [now])).toBe(now.evidence.length);
  });

  it('LB-13 and LB-10: the self-report and its amendment after the tips about mine 1 are flagged; mine 2 is clean', async () => {
    const afterTip = (await lookback(api, LB13, {}, last)).rows.filter((r) =>
      (r.kinds as string[]).includes('after_tip'),
    );
    expect(afterTip.map((r) => [r.hazardId, r.tipId])).toEqual([
      [ids.selfReport, ids.looped],
      [ids.selfReport, ids.waiting],
    ]);
    expect(afterTip[0].evidence.map((e) => e.type)).toEqual(['TipReceived', 'HazardDiscovered']);
    const amendments = (await lookback(api, LB10, {}, last)).rows;
    expect(amendments.map((r) => [r.hazardId, r.kind, r.afterTips])).toEqual([
      [ids.selfReport, 'description_amended', [ids.looped, ids.waiting]],
    ]);
    expect(await expectEvidenceVerifies(api, [...afterTip, ...amendments])).toBe(4 + 4);
    const early = (await lookback(api, LB13, { asOf: beforeSelfReports }, last)).rows;
    expect(early.filter((r) => (r.kinds as string[]).includes('after_tip'))).toEqual([]);
  });

  it('LB-02: mine 1’s timeline includes the tips’ events, marked by kind, without the identity', async () => {
    const { rows } = await lookback(api, LB02, { mineId: 'mine-demo-1' }, last);
    const tipRows = rows.filter((r) => r.category === 'tip');
    expect(new Set(tipRows.map((r) => r.entityId))).toEqual(new Set([ids.looped, ids.waiting, ids.provedTrue]));
    expect(tipRows.map((r) => r.type)).toContain('TipIdentityRevealed');
    expect(JSON.stringify(rows)).not.toContain(NAMED.phone);
  });
});
