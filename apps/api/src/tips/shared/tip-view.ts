import { DomainEvent, RecordedEvent, Tip, TipEvent, tipDecider } from '@hazard-ledger/domain';

/** One step of the tip's look-back: what happened, who did it (role), when (valid and system time), why. */
export interface TipStep {
  type: string;
  revision: string;
  by: { id: string; name: string; role: string };
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  data: Record<string, unknown>;
}

export const foldTip = (events: readonly RecordedEvent[]): Tip =>
  events.reduce(
    (s, e) => tipDecider.evolve(s, { type: e.type, data: e.data } as DomainEvent as TipEvent),
    tipDecider.initialState(),
  );

/** Every event of the tip, reveals and shredding included; there is no identity in any of them to leave out. */
export const stepsOf = (events: readonly RecordedEvent[]): TipStep[] =>
  events.map((e) => ({
    type: e.type,
    revision: e.revision.toString(),
    by: { id: e.metadata.actor.id, name: e.metadata.actor.name, role: e.metadata.actor.role },
    occurredAt: e.metadata.occurredAt,
    recordedAt: e.recordedAt,
    reason: e.metadata.reason ?? null,
    data: e.data,
  }));

/** The reporter's view (follow-up with the claim code): acceptance, the feedback, the objection window, the reward. */
export const reporterViewOf = (tipNo: string, events: readonly RecordedEvent[]) => {
  const of = <T extends TipEvent['type']>(type: T) =>
    events.filter((e) => e.type === type).at(-1)?.data as Extract<TipEvent, { type: T }>['data'] | undefined;
  const refused = of('TipRefused');
  const feedback = of('TipFeedbackSent');
  const reReview = of('TipReReviewed');
  const reward = of('TipRewardDecided');
  const paid = of('TipRewardPaid');
  return {
    tipNo,
    receivedAt: of('TipReceived')?.receivedAt ?? null,
    accepted: of('TipAccepted') ? true : refused ? false : null,
    refusalReason: refused?.reason ?? null,
    feedback: feedback
      ? {
          ...{ conclusion: feedback.conclusion, facts: feedback.facts, decision: feedback.decision },
          rewardEligible: feedback.rewardEligible,
          sentAt: feedback.sentAt,
          objectionUntil: feedback.objectionUntil,
        }
      : null,
    objectionRecorded: of('TipObjectionRecorded') !== undefined,
    reReview: reReview ? { outcome: reReview.outcome, finding: reReview.finding, summary: reReview.summary } : null,
    reward: reward ? { amountYuan: reward.amountYuan, paid: paid !== undefined } : null,
  };
};
