import { TipEvent } from './tip.events';
import { ReporterRef, RewardLevel, TipAssignee, TipFeedback, TipFinding, TipPolicyRef } from './tip.values';

/** The main line of the loop; reward, accountability, later evidence and the identity run beside it. */
export type TipStatus =
  | 'not_received'
  | 'received'
  | 'refused'
  | 'accepted'
  | 'assigned'
  | 'verified'
  | 'handled'
  | 'feedback_sent'
  | 'objected'
  | 're_reviewed';

export interface TipRecord {
  tipId: string;
  tipNo: string;
  mineId: string | null;
  jurisdiction: string;
  receivedAt: string;
  reporter: ReporterRef;
  policy: TipPolicyRef;
  /** Everyone who took a step before 复查: the re-review must come from a leader who is not among them. */
  participants: readonly string[];
  assignee: TipAssignee | null;
  handleBy: string | null;
  extended: boolean;
  /** The finding in force: the verification's, or the re-review's when it revised it. */
  finding: TipFinding | null;
  /** The 复查's outcome: only a revised conclusion reopens a reward the feedback said did not apply. */
  reReviewOutcome?: 'upheld' | 'revised';
  fineYuan: number;
  feedback: (TipFeedback & { sentAt: string; objectionUntil: string }) | null;
  reward: { level: RewardLevel; amountYuan: number; paid: boolean } | null;
  accountabilityCases: readonly string[];
  provenTrueLater: boolean;
  identityShredded: boolean;
}

export type Tip = { status: 'not_received' } | ({ status: Exclude<TipStatus, 'not_received'> } & TipRecord);
export type ReceivedTip = Exclude<Tip, { status: 'not_received' }>;

export const initialTipState = (): Tip => ({ status: 'not_received' });

const joined = (state: ReceivedTip, by: string): readonly string[] =>
  state.participants.includes(by) ? state.participants : [...state.participants, by];

// Never throws: an event that does not fit the current state leaves it unchanged, so old streams always replay.
export const evolveTip = (state: Tip, event: TipEvent): Tip => {
  if (event.type === 'TipReceived') {
    if (state.status !== 'not_received') return state;
    const { tipId, tipNo, mineId, jurisdiction, receivedAt, reporter, policy, by } = event.data;
    return {
      ...{ status: 'received', tipId, tipNo, mineId, jurisdiction, receivedAt, reporter, policy },
      ...{ participants: [by], assignee: null, handleBy: null, extended: false, finding: null, fineYuan: 0 },
      ...{ feedback: null, reward: null, accountabilityCases: [], provenTrueLater: false, identityShredded: false },
    };
  }
  if (state.status === 'not_received') return state;
  const { by } = event.data;
  switch (event.type) {
    case 'TipAccepted':
      return { ...state, status: 'accepted', handleBy: event.data.handleBy, participants: joined(state, by) };
    case 'TipRefused':
      return { ...state, status: 'refused', participants: joined(state, by) };
    case 'TipAssigned':
      return { ...state, status: 'assigned', assignee: event.data.assignee, participants: joined(state, by) };
    case 'TipDeadlineExtended':
      return { ...state, handleBy: event.data.handleBy, extended: true, participants: joined(state, by) };
    case 'TipVerified':
      return { ...state, status: 'verified', finding: event.data.finding, participants: joined(state, by) };
    case 'TipHandled':
      return { ...state, status: 'handled', fineYuan: event.data.fineYuan, participants: joined(state, by) };
    case 'TipFeedbackSent': {
      const { conclusion, facts, decision, rewardEligible, sentAt, objectionUntil } = event.data;
      const feedback = { conclusion, facts, decision, rewardEligible, sentAt, objectionUntil };
      return { ...state, status: 'feedback_sent', feedback, participants: joined(state, by) };
    }
    case 'TipObjectionRecorded':
      return { ...state, status: 'objected' };
    case 'TipReReviewed':
      return { ...state, status: 're_reviewed', finding: event.data.finding, reReviewOutcome: event.data.outcome };
    case 'TipRewardDecided':
      return { ...state, reward: { level: event.data.level, amountYuan: event.data.amountYuan, paid: false } };
    case 'TipRewardPaid':
      return state.reward ? { ...state, reward: { ...state.reward, paid: true } } : state;
    case 'TipAccountabilityOpened':
      return { ...state, accountabilityCases: [...state.accountabilityCases, event.data.caseNo] };
    case 'TipLaterEvidenceLinked':
      return { ...state, provenTrueLater: true };
    case 'TipIdentityShredded':
      return { ...state, identityShredded: true };
    case 'TipIdentityRevealed':
    default:
      return state;
  }
};
