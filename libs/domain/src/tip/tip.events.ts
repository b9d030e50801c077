import { DomainEvent } from '../shared/command';
import {
  AccountableParty,
  LaterEvidenceKind,
  ReporterRef,
  RewardLevel,
  ShredGround,
  TipAssignee,
  TipCategory,
  TipChannel,
  TipFeedback,
  TipFinding,
  TipPolicyRef,
} from './tip.values';

type On<Data> = { tipId: string; by: string } & Data;

export type TipReceived = DomainEvent<
  'TipReceived',
  On<{
    tipNo: string;
    channel: TipChannel;
    receivedAt: string;
    recordedAt: string;
    content: string;
    category: TipCategory;
    mineId: string | null;
    jurisdiction: string;
    reporter: ReporterRef;
    /** The policy the whole loop runs under: the edition in force when the tip was received. */
    policy: TipPolicyRef;
    acceptBy: string;
  }>
>;
export type TipAccepted = DomainEvent<'TipAccepted', On<{ acceptedAt: string; handleBy: string }>>;
export type TipRefused = DomainEvent<'TipRefused', On<{ refusedAt: string; reason: string }>>;
export type TipAssigned = DomainEvent<'TipAssigned', On<{ assignedAt: string; assignee: TipAssignee }>>;
export type TipDeadlineExtended = DomainEvent<
  'TipDeadlineExtended',
  On<{ extendedAt: string; days: number; reason: string; handleBy: string }>
>;
export type TipVerified = DomainEvent<
  'TipVerified',
  On<{ verifiedAt: string; inspectionId: string; finding: TipFinding; summary: string; feedbackBy: string }>
>;
export type TipHandled = DomainEvent<
  'TipHandled',
  On<{
    handledAt: string;
    hazardIds: string[];
    documentIds: string[];
    penaltyIds: string[];
    fineYuan: number;
    summary: string;
  }>
>;
export type TipFeedbackSent = DomainEvent<
  'TipFeedbackSent',
  On<TipFeedback & { sentAt: string; objectionUntil: string }>
>;
export type TipObjectionRecorded = DomainEvent<
  'TipObjectionRecorded',
  On<{ receivedAt: string; recordedAt: string; objection: string; reReviewBy: string }>
>;
export type TipReReviewed = DomainEvent<
  'TipReReviewed',
  On<{ reviewedAt: string; outcome: 'upheld' | 'revised'; finding: TipFinding; summary: string }>
>;
export type TipRewardDecided = DomainEvent<
  'TipRewardDecided',
  On<{
    decidedAt: string;
    level: RewardLevel;
    fineYuan: number;
    rate: number;
    amountYuan: number;
    policyVersion: string;
    /** 及时兑现: when the decided reward must be paid by (policy). */
    payBy: string;
  }>
>;
export type TipRewardPaid = DomainEvent<
  'TipRewardPaid',
  On<{ paidAt: string; amountYuan: number; voucherNo: string; claimCodeVerified: boolean }>
>;
export type TipAccountabilityOpened = DomainEvent<
  'TipAccountabilityOpened',
  On<{ openedAt: string; caseNo: string; against: AccountableParty; summary: string }>
>;
/** A tip closed 不属实 that a later inspection, accident or hazard shows was true: surfaced on the board. */
export type TipLaterEvidenceLinked = DomainEvent<
  'TipLaterEvidenceLinked',
  On<{ linkedAt: string; evidence: { kind: LaterEvidenceKind; id: string }; summary: string }>
>;
/** Every reveal of a reporter's identity: who (by), when, why. The identity itself never enters the log. */
export type TipIdentityRevealed = DomainEvent<
  'TipIdentityRevealed',
  On<{ revealedAt: string; vaultRef: string; reason: string }>
>;
export type TipIdentityShredded = DomainEvent<
  'TipIdentityShredded',
  On<{ shreddedAt: string; vaultRef: string; ground: ShredGround; reason: string }>
>;

export type TipEvent =
  | TipReceived
  | TipAccepted
  | TipRefused
  | TipAssigned
  | TipDeadlineExtended
  | TipVerified
  | TipHandled
  | TipFeedbackSent
  | TipObjectionRecorded
  | TipReReviewed
  | TipRewardDecided
  | TipRewardPaid
  | TipAccountabilityOpened
  | TipLaterEvidenceLinked
  | TipIdentityRevealed
  | TipIdentityShredded;

export type TipEventType = TipEvent['type'];
