import { ApiApp } from '../support/api-app';
import { receiveBody, startTipsApp, tipSteps } from '../support/tip-steps';
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
  let last = '';
  const ids: Record<string, string> = {};
  let beforeSelfReports = '';

  beforeAll(async () => {
    const started = await startTipsApp({ runProjections: true });
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
  });
  afterAll(() => api.close());

  it('now: the looped tip with each step on time, objection, re-review, reward and the reveal (never the identity)', async () => {
    const { rows } = await lookback(api, LB22, {}, last);
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
    expect(rows.map((r) => [r.tipId, r.overdueAtCut, r.pendingStep])).toEqual([
      [ids.looped, false, 'none'],
      [ids.waiting, true, 'accept'],
    ]);
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
    expect(new Set(tipRows.map((r) => r.entityId))).toEqual(new Set([ids.looped, ids.waiting]));
    expect(tipRows.map((r) => r.type)).toContain('TipIdentityRevealed');
    expect(JSON.stringify(rows)).not.toContain(NAMED.phone);
  });
});
