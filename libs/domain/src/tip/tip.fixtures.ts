/** Deterministic builders for the tip specs: a named tip about mine-1, taken through the loop by the district. */
import { Actor } from '../shared/actor';
import { CommandMetadata } from '../shared/command';
import { MINE_ID, NOW, actors } from '../hazard/fixtures/reference';
import { TIP_POLICY_EDITIONS, tipPolicyRefOf } from '../reference/tip-policy';
import { TipCommand } from './tip.commands';
import { tipDecider } from './tip.decider';
import { TipEvent } from './tip.events';
import { TipFinding } from './tip.values';

export { MINE_ID, NOW, actors };
export const TIP_ID = 'tip-1';
export const POLICY = tipPolicyRefOf(TIP_POLICY_EDITIONS[0]);
export const DIGEST = 'ab'.repeat(32);
/** The assignee (inspectorA), the leader who assigns (leader); leader2 took no part and may re-review. */
export const ASSIGNEE = { userId: actors.inspectorA.id, name: actors.inspectorA.name, role: 'inspector' };

type Meta = Partial<CommandMetadata>;
type Of<T extends TipCommand['type']> = Extract<TipCommand, { type: T }>;
const build =
  <T extends TipCommand['type']>(type: T, by: Actor, defaults: () => Omit<Of<T>['data'], 'tipId'>) =>
  (data: Partial<Of<T>['data']> = {}, meta: Meta = {}): Of<T> =>
    ({
      type,
      data: { tipId: TIP_ID, ...defaults(), ...data },
      metadata: { now: NOW, actor: by, ...meta },
    }) as unknown as Of<T>;

export const aReceiveTip = build('ReceiveTip', actors.inspectorB, () => ({
  tipNo: 'JB-20240310-0001',
  channel: 'hotline_12350' as const,
  receivedAt: '2024-03-10T00:00:00.000Z',
  content: '-120m 中段只有一个安全出口，另一出口被废石堵塞',
  category: 'major_hazard' as const,
  mineId: MINE_ID,
  jurisdiction: '140404',
  reporter: { kind: 'named' as const, internal: false, vaultRef: 'vault-1', ciphertextSha256: DIGEST },
  policy: POLICY,
}));
export const anAccept = build('AcceptTip', actors.inspectorB, () => ({}));
export const aRefuse = build('RefuseTip', actors.inspectorB, () => ({ reason: '不属于安全生产举报范围' }));
export const anAssign = build('AssignTip', actors.leader, () => ({ assignee: ASSIGNEE }));
export const anExtend = build('ExtendTipDeadline', actors.leader, () => ({ days: 30, reason: '需委托检测机构鉴定' }));
export const aVerify = build('VerifyTip', actors.inspectorA, () => ({
  inspectionId: 'inspection-9',
  finding: 'true' as TipFinding,
  summary: '现场核实：另一安全出口堵塞',
}));
export const aHandle = build('HandleTip', actors.inspectorA, () => ({
  hazardIds: ['hazard-7'],
  documentIds: ['doc-3'],
  penaltyIds: ['penalty-2'],
  fineYuan: 100_000,
  summary: '责令停产整改，罚款十万元',
}));
export const aFeedback = build('SendTipFeedback', actors.inspectorA, () => ({
  conclusion: '属实',
  facts: '-120m 中段安全出口堵塞',
  decision: '责令停产整改并罚款',
  rewardEligible: true,
}));
export const anObjection = build('RecordTipObjection', actors.inspectorB, () => ({
  objection: '处罚过轻',
  receivedAt: NOW,
}));
/** A leader of 长治市 (140400): the next level up of the tips' jurisdiction 140404, where a 复查 goes. */
export const CITY_LEADER = {
  ...actors.leader2,
  id: 'reg-city-leader-1',
  name: '钱市局',
  org: '长治市应急管理局',
  jurisdictions: ['140400'],
};
export const aReReview = build('ReReviewTip', CITY_LEADER, () => ({
  outcome: 'upheld' as const,
  finding: 'true' as TipFinding,
  summary: '复查维持原结论',
}));
export const aDecideReward = build('DecideTipReward', actors.leader, () => ({ level: 'first' as const }));
export const aPayReward = build('PayTipReward', actors.leader, () => ({
  voucherNo: 'JL-2024-01',
  claimCodeVerified: false,
}));
export const anAccountability = build('OpenTipAccountability', actors.leader, () => ({
  caseNo: 'ZZ-2024-3',
  against: 'enterprise' as const,
  summary: '企业隐瞒重大事故隐患',
}));
export const aLaterEvidence = build('LinkTipLaterEvidence', actors.inspectorB, () => ({
  evidence: { kind: 'inspection' as const, id: 'inspection-12' },
  summary: '上级检查发现同一隐患',
}));
export const aReveal = build(
  'RevealTipIdentity',
  { ...actors.auditor, id: 'custodian-1', role: 'identity_custodian' },
  () => ({
    reason: '核实举报人是否遭受打击报复',
  }),
);
export const aShred = build(
  'ShredTipIdentity',
  { ...actors.auditor, id: 'custodian-1', role: 'identity_custodian' },
  () => ({
    ground: 'lawful_request' as const,
    reason: '举报人依法申请删除',
  }),
);

/** Runs commands in order, each against the state of the ones before: histories as the decider itself writes them. */
export const historyOf = (...commands: TipCommand[]): TipEvent[] =>
  commands.reduce<TipEvent[]>((events, c) => {
    const state = events.reduce(tipDecider.evolve, tipDecider.initialState());
    return [...events, ...tipDecider.decide(c, state)];
  }, []);

export const history = {
  received: () => historyOf(aReceiveTip()),
  accepted: () => historyOf(aReceiveTip(), anAccept()),
  assigned: () => historyOf(aReceiveTip(), anAccept(), anAssign()),
  verified: (finding: TipFinding = 'true') => historyOf(aReceiveTip(), anAccept(), anAssign(), aVerify({ finding })),
  handled: () => historyOf(aReceiveTip(), anAccept(), anAssign(), aVerify(), aHandle()),
  fedBack: () => historyOf(aReceiveTip(), anAccept(), anAssign(), aVerify(), aHandle(), aFeedback()),
  falseClosed: () =>
    historyOf(
      aReceiveTip(),
      anAccept(),
      anAssign(),
      aVerify({ finding: 'false' }),
      aHandle({ hazardIds: [], documentIds: [], penaltyIds: [], fineYuan: 0 }),
      aFeedback({ conclusion: '不属实', rewardEligible: false }),
    ),
};
