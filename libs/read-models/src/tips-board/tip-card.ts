import { TipAssignee, TipEvent } from '@hazard-ledger/domain';
import { LeanEvent, MineLookup } from '@hazard-ledger/projection-engine';

/** The step a tip waits for, and whether it has a deadline that can pass (the objection window is the reporter's). */
export type TipStep =
  | 'accept'
  | 'assign'
  | 'verify'
  | 'handle'
  | 'feedback'
  | 'objection_window'
  | 're_review'
  | 'none';

/** One tip on the board: its step and deadline, objections, reward, 追责, reveals. Never the reporter. */
export interface TipCard {
  tipId: string;
  tipNo: string;
  mineId: string | null;
  mineName: string | null;
  jurisdiction: string;
  channel: string;
  category: string;
  reporterKind: string;
  internal: boolean;
  receivedAt: string;
  status: string;
  step: TipStep;
  stepDueAt: string | null;
  acceptBy: string;
  handleBy: string | null;
  extended: boolean;
  feedbackBy: string | null;
  objectionUntil: string | null;
  reReviewBy: string | null;
  assignee: TipAssignee | null;
  finding: string | null;
  objected: boolean;
  reReviewOutcome: string | null;
  rewardYuan: number | null;
  rewardPayBy: string | null;
  rewardPaid: boolean;
  accountabilityCases: string[];
  provenTrueLater: boolean;
  revealCount: number;
  identityShredded: boolean;
  policyVersion: string;
}

const stepped = (card: TipCard, status: string, step: TipStep, stepDueAt: string | null): TipCard => ({
  ...card,
  status,
  step,
  stepDueAt,
});

/** Folds a tip stream into its card; events of no tip (or before its receipt) leave it as it is. */
export const evolveTipCard = (card: TipCard | undefined, lean: LeanEvent, mines: MineLookup): TipCard | undefined => {
  const event = lean as LeanEvent & TipEvent;
  if (!card) {
    if (event.type !== 'TipReceived') return undefined;
    const d = event.data;
    const mine = d.mineId ? mines(d.mineId) : undefined;
    return {
      ...{
        tipId: d.tipId,
        tipNo: d.tipNo,
        mineId: d.mineId,
        mineName: mine?.name ?? null,
        jurisdiction: d.jurisdiction,
      },
      ...{ channel: d.channel, category: d.category, reporterKind: d.reporter.kind, internal: d.reporter.internal },
      ...{ receivedAt: d.receivedAt, status: 'received', step: 'accept', stepDueAt: d.acceptBy, acceptBy: d.acceptBy },
      ...{ handleBy: null, extended: false, feedbackBy: null, objectionUntil: null, reReviewBy: null, assignee: null },
      ...{
        finding: null,
        objected: false,
        reReviewOutcome: null,
        rewardYuan: null,
        rewardPayBy: null,
        rewardPaid: false,
      },
      ...{ accountabilityCases: [], provenTrueLater: false, revealCount: 0, identityShredded: false },
      policyVersion: d.policy.version,
    };
  }
  switch (event.type) {
    case 'TipAccepted':
      return stepped({ ...card, handleBy: event.data.handleBy }, 'accepted', 'assign', event.data.handleBy);
    case 'TipRefused':
      return stepped(card, 'refused', 'none', null);
    case 'TipAssigned':
      return stepped({ ...card, assignee: event.data.assignee }, 'assigned', 'verify', card.handleBy);
    case 'TipDeadlineExtended': {
      const moved = ['assign', 'verify', 'handle'].includes(card.step);
      return {
        ...card,
        handleBy: event.data.handleBy,
        extended: true,
        ...(moved ? { stepDueAt: event.data.handleBy } : {}),
      };
    }
    case 'TipVerified': {
      const verified = { ...card, finding: event.data.finding, feedbackBy: event.data.feedbackBy };
      return stepped(verified, 'verified', 'handle', card.handleBy);
    }
    case 'TipHandled':
      return stepped(card, 'handled', 'feedback', card.feedbackBy);
    case 'TipFeedbackSent':
      return stepped(
        { ...card, objectionUntil: event.data.objectionUntil },
        'feedback_sent',
        'objection_window',
        event.data.objectionUntil,
      );
    case 'TipObjectionRecorded':
      return stepped(
        { ...card, objected: true, reReviewBy: event.data.reReviewBy },
        'objected',
        're_review',
        event.data.reReviewBy,
      );
    case 'TipReReviewed':
      return stepped(
        { ...card, finding: event.data.finding, reReviewOutcome: event.data.outcome },
        're_reviewed',
        'none',
        null,
      );
    case 'TipRewardDecided':
      return { ...card, rewardYuan: event.data.amountYuan, rewardPayBy: event.data.payBy };
    case 'TipRewardPaid':
      return { ...card, rewardPaid: true };
    case 'TipAccountabilityOpened':
      return { ...card, accountabilityCases: [...card.accountabilityCases, event.data.caseNo] };
    case 'TipLaterEvidenceLinked':
      return { ...card, provenTrueLater: true };
    case 'TipIdentityRevealed':
      return { ...card, revealCount: card.revealCount + 1 };
    case 'TipIdentityShredded':
      return { ...card, identityShredded: true };
    default:
      return card;
  }
};
