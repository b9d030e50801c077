import { Command } from '../shared/command';
import { ESignature } from '../shared/signature';
import { PenaltyTargetKind } from '../reference/enforcement-policy';

export interface PenaltyTargetInput {
  /** Chosen by the client, unique within the decision (payments refer to it). */
  targetId: string;
  kind: PenaltyTargetKind;
  name: string;
  amountYuan: number;
  /** e.g. "安全生产法第一百零一条"; matched against the policy's minimums. */
  legalBasis: string;
}

/** The 行政处罚决定书 the penalty carries out, as the handler found it through the document port. */
export interface DecisionDocumentRef {
  documentId: string;
  kind: string;
  docNo: string;
  mineId: string;
  /** Its current version is signed and it is not revoked (ENFORCEMENT_DOCUMENTS). */
  inForce: boolean;
}

/** A cited hazard's mine as the handler read it from the hazard's stream; null when there is no such hazard. */
export interface PenaltyHazardRef {
  hazardId: string;
  mineId: string | null;
}

export type DecidePenalty = Command<
  'DecidePenalty',
  {
    penaltyId: string;
    mineId: string;
    document: DecisionDocumentRef;
    hazardIds: readonly string[];
    hazards: readonly PenaltyHazardRef[];
    targets: readonly PenaltyTargetInput[];
    /** 谁处罚、谁签名: the decider's own signature (re-entered password), filled in by the API. */
    signature?: ESignature;
  }
>;

export type RecordPenaltyPayment = Command<
  'RecordPenaltyPayment',
  { penaltyId: string; targetId: string; amountYuan: number; paidAt: string; receiptNo: string }
>;

/** 申请人民法院强制执行 (or 加处罚款) when a target does not pay. */
export type RecordPenaltyEnforcement = Command<
  'RecordPenaltyEnforcement',
  { penaltyId: string; targetId: string; applicationNo: string; reason: string }
>;

export type PenaltyCommand = DecidePenalty | RecordPenaltyPayment | RecordPenaltyEnforcement;
export type PenaltyCommandType = PenaltyCommand['type'];
