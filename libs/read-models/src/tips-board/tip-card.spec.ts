import { Actor, TIP_POLICY_EDITIONS, TipCommand, TipEvent, tipDecider, tipPolicyRefOf } from '@hazard-ledger/domain';
import { LeanEvent } from '@hazard-ledger/projection-engine';
import { TipCard, evolveTipCard } from './tip-card';

// Builders of the decider's own histories (the domain's fixtures are not public outside libs/domain).
const NOW = '2024-03-10T09:00:00.000Z';
const TIP_ID = 'tip-1';
const person = (id: string, role: string): Actor => ({ id, name: id, role, org: '局' }) as Actor;
const [inspector, leader, assignee, custodian] = [
  person('zhang', 'inspector'),
  person('wang', 'supervising_leader'),
  person('li', 'inspector'),
  person('chen', 'identity_custodian'),
];
const cmd = (type: string, actor: Actor, data: object = {}) =>
  ({ type, data: { tipId: TIP_ID, ...data }, metadata: { now: NOW, actor } }) as unknown as TipCommand;
const C = {
  receive: () =>
    cmd('ReceiveTip', inspector, {
      ...{ tipNo: 'JB-20240310-00000001', channel: 'online', receivedAt: '2024-03-10T00:00:00.000Z' },
      ...{ content: '安全出口堵塞', category: 'major_hazard', mineId: 'mine-1', jurisdiction: '140404' },
      reporter: { kind: 'named', internal: false, vaultRef: 'v-1', ciphertextSha256: 'ab'.repeat(32) },
      policy: tipPolicyRefOf(TIP_POLICY_EDITIONS[0]),
    }),
  accept: () => cmd('AcceptTip', inspector),
  assign: () => cmd('AssignTip', leader, { assignee: { userId: 'li', name: 'li', role: 'inspector' } }),
  extend: () => cmd('ExtendTipDeadline', leader, { days: 30, reason: '鉴定' }),
  verify: () => cmd('VerifyTip', assignee, { inspectionId: 'i-1', finding: 'true', summary: '属实' }),
  handle: () =>
    cmd('HandleTip', assignee, {
      hazardIds: [],
      documentIds: [],
      penaltyIds: ['p-1'],
      fineYuan: 100_000,
      summary: '罚',
    }),
  feedback: () =>
    cmd('SendTipFeedback', assignee, { conclusion: '属实', facts: '堵塞', decision: '罚款', rewardEligible: true }),
  reward: () => cmd('DecideTipReward', leader, { level: 'first' }),
  accountability: () =>
    cmd('OpenTipAccountability', leader, { caseNo: 'ZZ-2024-3', against: 'enterprise', summary: '隐瞒' }),
  reveal: () => cmd('RevealTipIdentity', custodian, { reason: '核实' }),
};
const historyOf = (...commands: TipCommand[]): TipEvent[] =>
  commands.reduce<TipEvent[]>(
    (events, c) => [...events, ...tipDecider.decide(c, events.reduce(tipDecider.evolve, tipDecider.initialState()))],
    [],
  );
const fx = {
  TIP_ID,
  NOW,
  historyOf,
  history: {
    received: () => historyOf(C.receive()),
    accepted: () => historyOf(C.receive(), C.accept()),
    assigned: () => historyOf(C.receive(), C.accept(), C.assign()),
    verified: () => historyOf(C.receive(), C.accept(), C.assign(), C.verify()),
    handled: () => historyOf(C.receive(), C.accept(), C.assign(), C.verify(), C.handle()),
    fedBack: () => historyOf(C.receive(), C.accept(), C.assign(), C.verify(), C.handle(), C.feedback()),
  },
};

const lean = (events: ReturnType<typeof fx.historyOf>): LeanEvent[] =>
  events.map(
    (e, i) => ({ ...e, streamId: `tip-${fx.TIP_ID}`, revision: BigInt(i), recordedAt: fx.NOW }) as unknown as LeanEvent,
  );
const cardOf = (events: ReturnType<typeof fx.historyOf>): TipCard | undefined =>
  lean(events).reduce<TipCard | undefined>((card, e) => evolveTipCard(card, e, () => undefined), undefined);

describe('举报看板 card: the step each tip waits for and its deadline', () => {
  it.each([
    ['received', fx.history.received, 'accept', '2024-03-15T00:00:00.000Z'],
    ['accepted', fx.history.accepted, 'assign', '2024-05-09T09:00:00.000Z'],
    ['assigned', fx.history.assigned, 'verify', '2024-05-09T09:00:00.000Z'],
    ['verified', () => fx.history.verified(), 'handle', '2024-05-09T09:00:00.000Z'],
    ['handled', fx.history.handled, 'feedback', '2024-03-20T09:00:00.000Z'],
    ['fed back', fx.history.fedBack, 'objection_window', '2024-03-20T09:00:00.000Z'],
  ] as const)('%s → waits for %s, due %s', (_, history, step, due) =>
    expect(cardOf(history())).toMatchObject({ step, stepDueAt: due }),
  );

  it('moves the deadline of the pending step when the 办结 deadline is extended', () =>
    expect(cardOf(historyOf(C.receive(), C.accept(), C.assign(), C.extend()))).toMatchObject({
      step: 'verify',
      stepDueAt: '2024-06-08T09:00:00.000Z',
      extended: true,
    }));

  it('records the reward, its payment deadline, 追责 and reveals, never a reporter field', () => {
    const events = historyOf(
      ...[C.receive(), C.accept(), C.assign(), C.verify(), C.handle(), C.feedback()],
      ...[C.reward(), C.accountability(), C.reveal(), C.reveal()],
    );
    const card = cardOf(events) as TipCard;
    expect(card).toMatchObject({ rewardYuan: 15_000, rewardPayBy: '2024-03-25T09:00:00.000Z', rewardPaid: false });
    expect(card).toMatchObject({ accountabilityCases: ['ZZ-2024-3'], revealCount: 2, identityShredded: false });
    expect(Object.keys(card).filter((k) => /reporterName|phone|contact|vault|cipher/i.test(k))).toEqual([]);
  });

  it('ignores events before the receipt', () => expect(cardOf(fx.history.accepted().slice(1))).toBeUndefined());
});
