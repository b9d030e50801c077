import { ROLES, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, verifyLog } from '@hazard-ledger/event-store';
import { ApiApp } from '../../support/api-app';
import { eventCount } from '../../support/bad-requests';
import { addOtherDistrictLeader, matrixCells } from '../../support/matrix-actors';
import { TipLinks, receiveBody, startTipsApp, tipSteps } from '../../support/tip-steps';

const NAMED = { anonymous: false, internal: false, name: '欧阳慕雪', phone: '13957689457' };
const ANONYMOUS = { anonymous: true, internal: false };

describe('举报 (tips) through the API: the closed loop, the custodian, crypto-shredding, the reporter’s follow-up', () => {
  let api: ApiApp;
  let links: TipLinks;
  let steps: ReturnType<typeof tipSteps>;
  let named: { id: string; tipNo: string; claimCode: string };
  let anonymous: { id: string; tipNo: string; claimCode: string };

  beforeAll(async () => {
    ({ api, links } = await startTipsApp());
    steps = tipSteps(api);
    await addOtherDistrictLeader(api);
    named = (await steps.post('inspector.zhang', '/tips', receiveBody(NAMED))).body;
    anonymous = (await steps.post('inspector.zhang', '/tips', receiveBody(ANONYMOUS, { channel: 'online' }))).body;
  });
  afterAll(() => api.close());

  it('numbers each tip and gives its claim code once; the log carries a vault reference and a digest only', async () => {
    expect(named.tipNo).toMatch(/^JB-\d{8}-[0-9A-F]{8}$/);
    expect(named.claimCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const [row] = await api.db.query<{ data: { reporter: Record<string, unknown> } }>(
      `SELECT data FROM events WHERE stream_id = $1 AND type = 'TipReceived'`,
      [streams.tip(named.id)],
    );
    expect(Object.keys(row.data.reporter).sort()).toEqual(['ciphertextSha256', 'internal', 'kind', 'vaultRef']);
    const [vault] = await api.db.query<{ digest: string; code: string }>(
      `SELECT encode(sha256(identity_ciphertext), 'hex') AS digest, claim_code_hash AS code FROM tip_identity_vault WHERE tip_id = $1`,
      [named.id],
    );
    expect(vault.digest).toBe(row.data.reporter.ciphertextSha256);
    expect(vault.code).toMatch(/^scrypt\$/);
    expect(vault.code).not.toContain(named.claimCode);
  });

  it('takes a named tip through the whole loop: reward 15% of the linked ¥180 000 fine, 追责 opened', async () => {
    await steps.throughTheLoop(named.id, links);
    const res = await steps.get('auditor', `/tips/${named.id}`);
    expect(res.status).toBe(200);
    expect(res.body.tip).toMatchObject({ status: 're_reviewed', finding: 'true', fineYuan: links.fineYuan });
    expect(res.body.tip.reward).toEqual({ level: 'first', amountYuan: 27_000, paid: true });
    expect(res.body.steps.map((s: { type: string }) => s.type)).toEqual([
      'TipReceived',
      'TipAccepted',
      'TipAssigned',
      'TipVerified',
      'TipHandled',
      'TipFeedbackSent',
      'TipObjectionRecorded',
      'TipReReviewed',
      'TipRewardDecided',
      'TipRewardPaid',
      'TipAccountabilityOpened',
    ]);
  });

  it('refuses a reveal by every role but the custodian (403) and writes nothing', async () => {
    const before = await eventCount(api);
    const others = [
      ...new Set(
        matrixCells()
          .filter((c) => c.role !== 'identity_custodian')
          .map((c) => c.username),
      ),
    ];
    expect(new Set(matrixCells().map((c) => c.role)).size).toBe(ROLES.length);
    for (const username of others) {
      const res = await steps.post(username, `/tips/${named.id}/identity/reveal`, { reason: '想看看' });
      expect([username, res.status]).toEqual([username, 403]);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect(await eventCount(api)).toBe(before);
  });

  it('lets the custodian reveal with a reason: the reveal is an event (who, when, why) in the tip’s look-back', async () => {
    const res = await steps.post('custodian.chen', `/tips/${named.id}/identity/reveal`, {
      reason: '核实举报人是否遭受打击报复',
    });
    expect(res.status).toBe(200);
    expect(res.body.identity).toEqual({ name: NAMED.name, phone: NAMED.phone });
    const lookBack = await steps.get('investigator', `/tips/${named.id}`);
    expect(lookBack.body.reveals).toEqual([
      expect.objectContaining({
        type: 'TipIdentityRevealed',
        by: { id: 'u-custodian-chen', name: '陈守信', role: 'identity_custodian' },
        reason: '核实举报人是否遭受打击报复',
        recordedAt: expect.any(String),
      }),
    ]);
    expect(JSON.stringify(lookBack.body)).not.toContain(NAMED.name);
  });

  it('refuses a reveal without a reason, or carrying an Idempotency-Key (a replay would reveal without an event)', async () => {
    expect((await steps.post('custodian.chen', `/tips/${named.id}/identity/reveal`, {})).status).toBe(400);
    const keyed = await steps.post(
      'custodian.chen',
      `/tips/${named.id}/identity/reveal`,
      { reason: '复核' },
      { 'Idempotency-Key': 'reveal-0001' },
    );
    expect(keyed.status).toBe(400);
  });

  it('keeps the custodian out of everything else: no board, no tip record, no other command', async () => {
    expect((await steps.get('custodian.chen', '/tips-board')).status).toBe(403);
    expect((await steps.get('custodian.chen', `/tips/${named.id}`)).status).toBe(403);
    expect((await steps.post('custodian.chen', `/tips/${anonymous.id}/acceptance`, {})).status).toBe(403);
    expect((await steps.post('custodian.chen', '/tips', receiveBody(ANONYMOUS))).status).toBe(403);
  });

  it('shows no tip to anyone on the enterprise side, not even of their own mine', async () => {
    for (const username of ['enterprise.staff', 'enterprise.principal', 'enterprise.safety', 'congress.rep']) {
      expect((await steps.get(username, '/tips-board')).status).toBe(403);
      expect((await steps.get(username, `/tips/${named.id}`)).status).toBe(403);
      expect((await steps.get(username, '/tips-board/export?format=csv')).status).toBe(403);
    }
  });

  it('lets an anonymous reporter follow up with the claim code and see only their own tip’s feedback', async () => {
    await steps.throughTheLoop(anonymous.id, links, { claimCode: anonymous.claimCode });
    const res = await api.http.post('/tips/follow-up').send({ tipNo: anonymous.tipNo, claimCode: anonymous.claimCode });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      tipNo: anonymous.tipNo,
      accepted: true,
      feedback: { conclusion: '属实', rewardEligible: true },
      reward: { amountYuan: 27_000, paid: true },
    });
    expect(JSON.stringify(res.body)).not.toContain(named.tipNo);
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'accepted',
        'feedback',
        'objectionRecorded',
        'reReview',
        'receivedAt',
        'refusalReason',
        'reward',
        'tipNo',
      ].sort(),
    );
  });

  it('answers a wrong code and a wrong number alike (404), and never another tip', async () => {
    const wrongCode = await api.http
      .post('/tips/follow-up')
      .send({ tipNo: anonymous.tipNo, claimCode: named.claimCode });
    const wrongNo = await api.http
      .post('/tips/follow-up')
      .send({ tipNo: 'JB-20240101-00000000', claimCode: anonymous.claimCode });
    expect([wrongCode.status, wrongNo.status]).toEqual([404, 404]);
    expect(wrongCode.body.detail).toBe(wrongNo.body.detail);
  });

  it('refuses to pay an anonymous reporter without the right claim code', async () => {
    const other = (await steps.post('inspector.zhang', '/tips', receiveBody(ANONYMOUS))).body;
    await expect(steps.throughTheLoop(other.id, links, { claimCode: anonymous.claimCode })).rejects.toThrow(
      /reward\/payment: 422/,
    );
  });

  it('after crypto-shredding: verify passes, the reveal answers that the identity is destroyed, the history is intact', async () => {
    const before = (await steps.get('auditor', `/tips/${named.id}`)).body.steps;
    const shred = await steps.post('custodian.chen', `/tips/${named.id}/identity/shred`, {
      ground: 'lawful_request',
      reason: '举报人依法申请删除',
    });
    expect(shred.status).toBe(200);
    const [row] = await api.db.query<{ wrapped_key: Buffer | null; shredded_at: Date | null }>(
      `SELECT wrapped_key, shredded_at FROM tip_identity_vault WHERE tip_id = $1`,
      [named.id],
    );
    expect(row.wrapped_key).toBeNull();
    expect(row.shredded_at).not.toBeNull();
    const report = await verifyLog(api.app.get(EVENT_STORE));
    expect(report.breaks).toEqual([]);
    expect(report.checkedEvents).toBeGreaterThan(0);
    const reveal = await steps.post('custodian.chen', `/tips/${named.id}/identity/reveal`, { reason: '再次核实' });
    expect(reveal.status).toBe(409);
    expect(reveal.body.detail).toMatch(/已销毁|destroyed/);
    const after = (await steps.get('auditor', `/tips/${named.id}`)).body.steps;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toMatchObject({ type: 'TipIdentityShredded', data: { ground: 'lawful_request' } });
  });
});
