import { DeciderSpecification } from '@hazard-ledger/testing';
import { tipCommandAccess } from './tip.access';
import { TipCommand } from './tip.commands';
import { tipDecider } from './tip.decider';
import * as E from './tip.errors';
import * as fx from './tip.fixtures';
import { rewardAmount } from './tip.values';

const given = DeciderSpecification.for(tipDecider);
const { actors } = fx;
const decide = (history: ReturnType<typeof fx.historyOf>, command: TipCommand) =>
  tipDecider.decide(command, history.reduce(tipDecider.evolve, tipDecider.initialState()));

describe('Tip: the closed loop (受理 → 核实 → 办理 → 反馈 → 追责)', () => {
  it('given nothing, when a named tip is received, then it is numbered with its 受理 deadline and no identity', () => {
    const [event] = decide([], fx.aReceiveTip());
    expect(event).toMatchObject({
      type: 'TipReceived',
      data: { tipId: fx.TIP_ID, acceptBy: '2024-03-15T00:00:00.000Z', policy: { version: 'tips@2023.1' } },
    });
    expect(Object.keys((event.data as { reporter: object }).reporter).sort()).toEqual(
      ['ciphertextSha256', 'internal', 'kind', 'vaultRef'].sort(),
    );
  });

  it('given a received tip, when accepted, then the 办结 deadline is 60 days (policy)', () =>
    given(fx.history.received())
      .when(fx.anAccept())
      .then([
        {
          type: 'TipAccepted',
          data: {
            tipId: fx.TIP_ID,
            by: actors.inspectorB.id,
            acceptedAt: fx.NOW,
            handleBy: '2024-05-09T09:00:00.000Z',
          },
        },
      ]));

  it('given an accepted tip, when the leader extends by 30 days with a reason, then the deadline moves once only', () => {
    const history = fx.historyOf(fx.aReceiveTip(), fx.anAccept(), fx.anExtend());
    expect(history.at(-1)).toMatchObject({ data: { handleBy: '2024-06-08T09:00:00.000Z' } });
    given(history)
      .when(fx.anExtend({ days: 1 }))
      .thenThrows(E.TipDetailsInvalid);
    given(fx.history.accepted())
      .when(fx.anExtend({ days: 31 }))
      .thenThrows(E.TipDetailsInvalid);
  });

  it('given a verified tip, when the assignee hands its feedback over, then it carries the four contents of 应急〔2023〕106号', () => {
    const events = fx.history.fedBack();
    expect(events.at(-1)).toMatchObject({
      type: 'TipFeedbackSent',
      data: {
        conclusion: '属实',
        facts: expect.any(String),
        decision: expect.any(String),
        rewardEligible: true,
        objectionUntil: '2024-03-20T09:00:00.000Z',
      },
    });
  });

  it('given feedback, when an objection arrives in time, then the 复查 deadline is 30 days', () =>
    expect(decide(fx.history.fedBack(), fx.anObjection())[0]).toMatchObject({
      data: { reReviewBy: '2024-04-09T09:00:00.000Z' },
    }));

  it('given feedback, when an objection arrives after 10 days, then it is refused citing the policy', () =>
    given(fx.history.fedBack())
      .when(fx.anObjection({ receivedAt: '2024-03-21T00:00:00.000Z' }, { now: '2024-03-22T00:00:00.000Z' }))
      .thenThrows(E.ObjectionOutOfTime, (e) => expect(e.message).toContain('tips@2023.1')));

  it('given an objection, when a leader who took part re-reviews, then it is refused; one who did not may', () => {
    const objected = [...fx.history.fedBack(), ...decide(fx.history.fedBack(), fx.anObjection())];
    given(objected)
      .when(fx.aReReview({}, { actor: { ...fx.CITY_LEADER, id: actors.leader.id } }))
      .thenThrows(E.ReReviewerTookPart);
    expect(decide(objected, fx.aReReview())[0]).toMatchObject({ type: 'TipReReviewed', data: { outcome: 'upheld' } });
    given(objected)
      .when(fx.aReReview({ outcome: 'revised', finding: 'true' }))
      .thenThrows(E.TipDetailsInvalid);
  });

  it.each([
    ['a leader of the same district (140404)', { ...actors.leader2, jurisdictions: ['140404'] }],
    ['a leader of a neighbouring district (140402)', { ...actors.leader2, jurisdictions: ['140402'] }],
    ['a leader of another city (140300)', { ...actors.leader2, jurisdictions: ['140300'] }],
    ['a leader of the province (140000), two levels up', { ...actors.leader2, jurisdictions: ['140000'] }],
  ])('given an objection, when %s re-reviews, then it is refused: 复查 goes to the next level up', (_, actor) =>
    given([...fx.history.fedBack(), ...decide(fx.history.fedBack(), fx.anObjection())])
      .when(fx.aReReview({}, { actor }))
      .thenThrows(E.ReReviewNotNextLevelUp),
  );

  it('given feedback of no reward, when the 复查 upholds it, then no reward may be decided; when it revises, one may', () => {
    const noReward = fx.historyOf(
      fx.aReceiveTip(),
      fx.anAccept(),
      fx.anAssign(),
      fx.aVerify({ finding: 'partly_true' }),
      fx.aHandle(),
      fx.aFeedback({ rewardEligible: false }),
      fx.anObjection(),
    );
    const upheld = [...noReward, ...decide(noReward, fx.aReReview({ finding: 'partly_true' }))];
    given(upheld).when(fx.aDecideReward()).thenThrows(E.TipNotRewardable);
    const revised = [...noReward, ...decide(noReward, fx.aReReview({ outcome: 'revised', finding: 'true' }))];
    expect(decide(revised, fx.aDecideReward())[0]).toMatchObject({ type: 'TipRewardDecided' });
  });

  it.each([
    ['first', 100_000, 15_000],
    ['second', 100_000, 12_000],
    ['first', 5_000, 3_000],
    ['first', 5_000_000, 300_000],
  ] as const)(
    'given a true tip, when a %s-level reward on a ¥%d fine is decided, then it is ¥%d',
    (level, fine, amount) => {
      const history = fx.historyOf(
        fx.aReceiveTip(),
        fx.anAccept(),
        fx.anAssign(),
        fx.aVerify(),
        fx.aHandle({ fineYuan: fine }),
        fx.aFeedback(),
      );
      expect(decide(history, fx.aDecideReward({ level }))[0]).toMatchObject({
        data: { payBy: '2024-03-25T09:00:00.000Z' },
      });
      expect(decide(history, fx.aDecideReward({ level }))[0]).toMatchObject({
        data: { amountYuan: amount, fineYuan: fine },
      });
      expect(rewardAmount(fx.POLICY, level, fine)).toBe(amount);
    },
  );

  it('given a decided reward, when paid, then paid once; an anonymous reporter only against the claim code', () => {
    const decided = fx.historyOf(
      fx.aReceiveTip(),
      fx.anAccept(),
      fx.anAssign(),
      fx.aVerify(),
      fx.aHandle(),
      fx.aFeedback(),
      fx.aDecideReward(),
    );
    const paid = [...decided, ...decide(decided, fx.aPayReward())];
    given(paid).when(fx.aPayReward()).thenThrows(E.TipRewardAlready);
    const anon = { kind: 'anonymous' as const, internal: false, vaultRef: 'vault-2', ciphertextSha256: null };
    const anonDecided = fx.historyOf(
      fx.aReceiveTip({ reporter: anon }),
      fx.anAccept(),
      fx.anAssign(),
      fx.aVerify(),
      fx.aHandle(),
      fx.aFeedback(),
      fx.aDecideReward(),
    );
    given(anonDecided).when(fx.aPayReward()).thenThrows(E.ClaimCodeRequired);
    expect(decide(anonDecided, fx.aPayReward({ claimCodeVerified: true }))[0]).toMatchObject({ type: 'TipRewardPaid' });
  });

  it('given a true tip, when 追责 is opened against whoever hid the hazard, then the case is linked', () =>
    expect(decide(fx.history.fedBack(), fx.anAccountability())[0]).toMatchObject({
      type: 'TipAccountabilityOpened',
      data: { caseNo: 'ZZ-2024-3' },
    }));

  it('given a tip closed 不属实, when a later inspection proves it true, then it is linked; a true tip cannot be', () => {
    expect(decide(fx.history.falseClosed(), fx.aLaterEvidence())[0]).toMatchObject({ type: 'TipLaterEvidenceLinked' });
    given(fx.history.fedBack()).when(fx.aLaterEvidence()).thenThrows(E.TipDetailsInvalid);
    given(fx.history.falseClosed()).when(fx.aDecideReward()).thenThrows(E.TipNotRewardable);
    given(fx.history.falseClosed()).when(fx.anAccountability()).thenThrows(E.TipDetailsInvalid);
  });
});

describe('Tip: rules of who and when', () => {
  it('given a received tip, when it is refused with a reason, then the refusal is final', () => {
    const refused = fx.historyOf(fx.aReceiveTip(), fx.aRefuse());
    given(refused).when(fx.anAccept()).thenThrows(E.InvalidTipTransition);
    given(fx.history.received())
      .when(fx.aRefuse({ reason: ' ' }))
      .thenThrows(E.TipDetailsInvalid);
  });

  it('given an anonymous internal tip (内部吹哨人), when accepted, then it is refused: the employee must give a real name', () =>
    given(
      fx.historyOf(
        fx.aReceiveTip({ reporter: { kind: 'anonymous', internal: true, vaultRef: 'v', ciphertextSha256: null } }),
      ),
    )
      .when(fx.anAccept())
      .thenThrows(E.InternalReporterMustBeNamed));

  it.each([
    ['an unknown channel', { channel: 'pigeon' as never }],
    ['blank content', { content: '  ' }],
    ['a future receipt', { receivedAt: '2030-01-01T00:00:00.000Z' }],
    [
      'a named reporter without a digest',
      { reporter: { kind: 'named' as const, internal: false, vaultRef: 'v', ciphertextSha256: null } },
    ],
  ])('given nothing, when received with %s, then it is refused', (_, data) =>
    given([]).when(fx.aReceiveTip(data)).thenThrows(E.TipDetailsInvalid),
  );

  it.each(['aVerify', 'aHandle', 'aFeedback'] as const)(
    'given the right step, when someone other than the assignee does %s, then it is refused',
    (name) => {
      const before = {
        aVerify: fx.history.assigned(),
        aHandle: fx.history.verified(),
        aFeedback: fx.history.handled(),
      }[name];
      given(before)
        .when(fx[name]({}, { actor: actors.inspectorC }))
        .thenThrows(E.NotTipAssignee);
    },
  );

  it.each([
    ['verify before assignment', fx.history.accepted, () => fx.aVerify()],
    ['handle before verification', fx.history.assigned, () => fx.aHandle()],
    ['feedback before handling', fx.history.verified, () => fx.aFeedback()],
    ['objection before feedback', fx.history.handled, () => fx.anObjection()],
    ['re-review without objection', fx.history.fedBack, () => fx.aReReview()],
    ['reward before feedback', fx.history.handled, () => fx.aDecideReward()],
    ['accept twice', fx.history.accepted, () => fx.anAccept()],
  ])('forbidden: %s', (_, history, command) => given(history()).when(command()).thenThrows(E.InvalidTipTransition));

  it.each(Object.keys(tipCommandAccess).filter((t) => t !== 'ReceiveTip'))(
    'given nothing, when %s, then the tip is not found',
    (type) => {
      const builders: Record<string, () => TipCommand> = {
        AcceptTip: fx.anAccept,
        RefuseTip: fx.aRefuse,
        AssignTip: fx.anAssign,
        ExtendTipDeadline: fx.anExtend,
        VerifyTip: fx.aVerify,
        HandleTip: fx.aHandle,
        SendTipFeedback: fx.aFeedback,
        RecordTipObjection: fx.anObjection,
        ReReviewTip: fx.aReReview,
        DecideTipReward: fx.aDecideReward,
        PayTipReward: fx.aPayReward,
        OpenTipAccountability: fx.anAccountability,
        LinkTipLaterEvidence: fx.aLaterEvidence,
        RevealTipIdentity: fx.aReveal,
        ShredTipIdentity: fx.aShred,
      };
      given([]).when(builders[type]()).thenThrows(E.TipNotReceived);
    },
  );
});
