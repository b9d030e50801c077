import { ROLES, TipCommandType, tipCommandAccess } from '@hazard-ledger/domain';
import { ApiApp } from '../../support/api-app';
import { Cell, addOtherDistrictLeader } from '../../support/matrix-actors';
import { STALE, expectedStatus, matrixCases } from '../../support/matrix-cells';
import { TipLinks, receiveBody, startTipsApp, stepBodies } from '../../support/tip-steps';

const PATHS: Record<TipCommandType, string> = {
  ReceiveTip: '',
  AcceptTip: 'acceptance',
  RefuseTip: 'refusal',
  AssignTip: 'assignment',
  ExtendTipDeadline: 'extension',
  VerifyTip: 'verification',
  HandleTip: 'handling',
  SendTipFeedback: 'feedback',
  RecordTipObjection: 'objections',
  ReReviewTip: 're-review',
  DecideTipReward: 'reward',
  PayTipReward: 'reward/payment',
  OpenTipAccountability: 'accountability',
  LinkTipLaterEvidence: 'later-evidence',
  RevealTipIdentity: 'identity/reveal',
  ShredTipIdentity: 'identity/shred',
};

const bodyOf = (command: TipCommandType, links: TipLinks, mineId: string): object => {
  const b = stepBodies(links);
  const bodies: Record<TipCommandType, object> = {
    ReceiveTip: receiveBody(
      { anonymous: false, internal: false, name: '矩阵测试人', phone: '13800000000' },
      { mineId },
    ),
    AcceptTip: b.accept,
    RefuseTip: { reason: '不属于举报范围' },
    AssignTip: b.assign,
    ExtendTipDeadline: { days: 30, reason: '需鉴定' },
    VerifyTip: b.verify,
    HandleTip: b.handle,
    SendTipFeedback: b.feedback,
    RecordTipObjection: b.objection(),
    ReReviewTip: b.reReview,
    DecideTipReward: b.reward,
    PayTipReward: b.payment,
    OpenTipAccountability: b.accountability,
    LinkTipLaterEvidence: { kind: 'inspection', evidenceId: 'i-1', summary: '后续检查' },
    RevealTipIdentity: { reason: '核实' },
    ShredTipIdentity: { ground: 'lawful_request', reason: '依法申请' },
  };
  return bodies[command];
};

/**
 * The custodian holds no mine or jurisdiction (三专: one dedicated person), so its two commands are allowed on
 * every tip and refused to every other role; the rest follow the usual own / other scope rule, with every
 * enterprise role refused outright (tips are never the enterprise's).
 */
const expected = (command: TipCommandType, cell: Cell): 412 | 403 => {
  const roles = tipCommandAccess[command].roles;
  if (command === 'RevealTipIdentity' || command === 'ShredTipIdentity') return roles.includes(cell.role) ? 412 : 403;
  // 复查 goes to the next level up: no cell's user (district or neighbouring district) is of it, so all are refused;
  // the city bureau's leader is the allowed cell (test/api/tips/re-review-level.e2e-spec.ts).
  if (tipCommandAccess[command].scope === 'next_level_up') return 403;
  return expectedStatus(roles, cell);
};

describe('authorisation matrix for tips: every role × every tip command × own / other scope', () => {
  let api: ApiApp;
  let links: TipLinks;
  const tipOn: Record<string, string> = {};
  let eventsBefore = 0;
  let vaultBefore = 0;
  const count = async (table: string) =>
    (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    ({ api, links } = await startTipsApp());
    await addOtherDistrictLeader(api);
    for (const mineId of ['mine-demo-1', 'mine-demo-2'])
      tipOn[mineId] = (
        await api.http
          .post('/tips')
          .set('Authorization', await api.login('leader.wang'))
          .send(bodyOf('ReceiveTip', links, mineId))
          .expect(201)
      ).body.id;
    [eventsBefore, vaultBefore] = [await count('events'), await count('tip_identity_vault')];
  });
  afterAll(() => api.close());

  const cases = matrixCases(Object.keys(tipCommandAccess) as TipCommandType[]);

  it.each(cases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const path = command === 'ReceiveTip' ? '/tips' : `/tips/${tipOn[cell.mineId]}/${PATHS[command]}`;
    const res = await api.http
      .post(path)
      .set('Authorization', await api.login(cell.username))
      .set('If-Match', STALE)
      .send(bodyOf(command, links, cell.mineId));
    expect({ command, role: cell.role, scope: cell.scope, status: res.status }).toEqual({
      command,
      role: cell.role,
      scope: cell.scope,
      status: expected(command, cell),
    });
  });

  it('covers every command with every role × own / other cell and wrote nothing, not even to the vault', async () => {
    expect(cases).toHaveLength(Object.keys(tipCommandAccess).length * ROLES.length * 2);
    expect(await count('events')).toBe(eventsBefore);
    expect(await count('tip_identity_vault')).toBe(vaultBefore);
  });
});
