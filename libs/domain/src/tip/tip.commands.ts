import { Command } from '../shared/command';
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

type On<Data = unknown> = { tipId: string } & Data;

export type ReceiveTip = Command<
  'ReceiveTip',
  On<{
    tipNo: string;
    channel: TipChannel;
    /** When the tip reached the bureau (valid time). */
    receivedAt: string;
    content: string;
    category: TipCategory;
    mineId: string | null;
    jurisdiction: string;
    reporter: ReporterRef;
    policy: TipPolicyRef;
  }>
>;
export type AcceptTip = Command<'AcceptTip', On>;
export type RefuseTip = Command<'RefuseTip', On<{ reason: string }>>;
export type AssignTip = Command<'AssignTip', On<{ assignee: TipAssignee }>>;
export type ExtendTipDeadline = Command<'ExtendTipDeadline', On<{ days: number; reason: string }>>;
export type VerifyTip = Command<'VerifyTip', On<{ inspectionId: string; finding: TipFinding; summary: string }>>;
export type HandleTip = Command<
  'HandleTip',
  On<{ hazardIds: string[]; documentIds: string[]; penaltyIds: string[]; fineYuan: number; summary: string }>
>;
export type SendTipFeedback = Command<'SendTipFeedback', On<TipFeedback>>;
export type RecordTipObjection = Command<'RecordTipObjection', On<{ objection: string; receivedAt: string }>>;
export type ReReviewTip = Command<
  'ReReviewTip',
  On<{ outcome: 'upheld' | 'revised'; finding: TipFinding; summary: string }>
>;
export type DecideTipReward = Command<'DecideTipReward', On<{ level: RewardLevel }>>;
export type PayTipReward = Command<'PayTipReward', On<{ voucherNo: string; claimCodeVerified: boolean }>>;
export type OpenTipAccountability = Command<
  'OpenTipAccountability',
  On<{ caseNo: string; against: AccountableParty; summary: string }>
>;
export type LinkTipLaterEvidence = Command<
  'LinkTipLaterEvidence',
  On<{ evidence: { kind: LaterEvidenceKind; id: string }; summary: string }>
>;
export type RevealTipIdentity = Command<'RevealTipIdentity', On<{ reason: string }>>;
export type ShredTipIdentity = Command<'ShredTipIdentity', On<{ ground: ShredGround; reason: string }>>;

export type TipCommand =
  | ReceiveTip
  | AcceptTip
  | RefuseTip
  | AssignTip
  | ExtendTipDeadline
  | VerifyTip
  | HandleTip
  | SendTipFeedback
  | RecordTipObjection
  | ReReviewTip
  | DecideTipReward
  | PayTipReward
  | OpenTipAccountability
  | LinkTipLaterEvidence
  | RevealTipIdentity
  | ShredTipIdentity;

export type TipCommandType = TipCommand['type'];
