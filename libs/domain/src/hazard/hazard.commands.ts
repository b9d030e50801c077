import { Command } from '../shared/command';
import { EvidenceRef } from '../shared/envelope';
import { ESignature } from '../shared/signature';
import { HazardStatus } from './hazard.state';
import {
  Assignee,
  ClosureGround,
  Conclusion,
  EscalationTarget,
  Evaluator,
  Funds,
  Grade,
  HazardSource,
  ImportedFrom,
  LinkedRef,
  Recipient,
  ReferencedMetadata,
  ReportContent,
  Responsibility,
  SignatureRef,
  SupervisionLevel,
  SuspensionScope,
} from './hazard.values';

type On<Data = unknown> = { hazardId: string } & Data;
type ReferencedCommand<Type extends string, Data> = Command<Type, Data> & { metadata: ReferencedMetadata };

export interface DiscoveryData {
  hazardId: string;
  mineId: string;
  source: HazardSource;
  location: string;
  description: string;
  evidence: EvidenceRef[];
  /** When it was found, as claimed by the finder (offline capture may arrive later). */
  occurredAt: string;
  linkedRef?: LinkedRef;
  /** 外包单位: the contractor whose work it concerns (the contractor stream's id), when there is one. */
  contractorId?: string;
  /** Set by the legacy import only (the API's request cannot carry it). */
  importedFrom?: ImportedFrom;
  /** A regulator's discovery by inspection is their signed act (谁检查、谁签名). */
  signature?: ESignature;
}

/** What the handler folded from the earlier hazard's stream: this decider only sees its own. */
export interface EarlierHazard {
  hazardId: string;
  status: HazardStatus;
  closedAt?: string;
}

/** Proposed by the enterprise; any of the five 五落实 items may still be missing, which `decide` reports. */
export interface RemediationPlanProposal {
  responsibility?: Partial<Responsibility>;
  measures?: string[];
  funds?: Partial<Funds>;
  deadline?: string;
  contingencyPlan?: string;
  contributors?: string[];
}

export type DiscoverHazard = Command<'DiscoverHazard', DiscoveryData>;
export type ReportRecurrence = Command<'ReportRecurrence', DiscoveryData & { earlier: EarlierHazard }>;
export type DetermineMajorHazard = ReferencedCommand<
  'DetermineMajorHazard',
  On<{ clauseId: string; signature?: ESignature }>
>;
export type DetermineGeneralHazard = ReferencedCommand<
  'DetermineGeneralHazard',
  On<{ clauseId?: string; justification?: string }>
>;
export type ChangeHazardGrade = ReferencedCommand<
  'ChangeHazardGrade',
  On<{
    to: Grade;
    reason: string;
    clauseId?: string;
    /** A downgrade's documented technical grounds, evidence and signature (domain.md §8.4). */
    technicalGrounds?: string;
    evidence?: EvidenceRef[];
    signature?: ESignature;
  }>
>;
export type AmendHazardDescription = Command<'AmendHazardDescription', On<{ next: string; reason: string }>>;
export type AmendHazardLocation = Command<'AmendHazardLocation', On<{ next: string; reason: string }>>;
export type SubmitDualReport = ReferencedCommand<
  'SubmitDualReport',
  On<{ recipient: Recipient; reportHash: string; content: ReportContent; signature?: ESignature }>
>;
export type AcknowledgeDualReport = Command<'AcknowledgeDualReport', On<{ recipient: Recipient; reportHash: string }>>;
export type ListForSupervision = ReferencedCommand<
  'ListForSupervision',
  On<{
    level: SupervisionLevel;
    unit: string;
    supervisingOfficial: string;
    deadline: string;
    noticeNo: string;
    signature?: ESignature;
  }>
>;
export type SubmitRemediationPlan = Command<'SubmitRemediationPlan', On<RemediationPlanProposal>>;
export type ReturnRemediationPlan = Command<'ReturnRemediationPlan', On<{ reason: string }>>;
export type AcceptRemediationPlan = Command<'AcceptRemediationPlan', On>;
export type RecordRemediationProgress = Command<
  'RecordRemediationProgress',
  On<{ note: string; evidence: EvidenceRef[] }>
>;
export type RequestExtension = Command<'RequestExtension', On<{ newDeadline: string; reason: string }>>;
export type GrantExtension = Command<
  'GrantExtension',
  On<{ newDeadline: string; reason: string; signature?: ESignature }>
>;
export type RefuseExtension = Command<'RefuseExtension', On<{ reason: string }>>;
export type EvaluateRemediation = Command<
  'EvaluateRemediation',
  On<{ evaluator: Evaluator; reportHash: string; conclusion: Conclusion }>
>;
export type RequestSignOff = ReferencedCommand<'RequestSignOff', On<{ signature?: ESignature }>>;
export type SignSiteReview = Command<
  'SignSiteReview',
  On<{ signature?: ESignature; findings: string; conclusion: Conclusion }>
>;
export type SignOffHazard = ReferencedCommand<'SignOffHazard', On<{ signature?: ESignature; decisionNo: string }>>;
export type RejectSignOff = Command<'RejectSignOff', On<{ reason: string; newDeadline: string }>>;
export type EscalateHazard = Command<
  'EscalateHazard',
  On<{ caseNo: string; targets: EscalationTarget[]; signature?: ESignature }>
>;
/** The hazard a closure names as merged into, as the handler found it in the store. */
export interface MergeTarget {
  hazardId: string;
  mineId: string;
  status: HazardStatus;
}
export type CloseHazard = Command<
  'CloseHazard',
  /** `mineClosed` and `mergeTarget` are the store's facts as the handler found them, never the client's word. */
  On<{ reason?: string; legalGround?: ClosureGround; mineClosed?: boolean; mergeTarget?: MergeTarget }>
>;
export type SuspendProduction = Command<
  'SuspendProduction',
  On<{ scope: SuspensionScope; area?: string; orderNo: string }>
>;
export type LiftSuspension = Command<'LiftSuspension', On<{ orderNo: string; reason: string }>>;
export type VoidHazard = Command<'VoidHazard', On<{ reason: string; evidence: EvidenceRef[]; signature?: ESignature }>>;
/** A second leader's own signed approval of a pending void of a major hazard (ADR 20261207-two-leader-void). */
export type ApproveVoid = Command<'ApproveVoid', On<{ signature?: ESignature }>>;
export type RectifyOnSpot = Command<'RectifyOnSpot', On<{ afterEvidence: EvidenceRef[]; signature?: ESignature }>>;
export type AssignRectification = Command<'AssignRectification', On<{ assignee: Assignee; deadline: string }>>;
export type CompleteRectification = Command<'CompleteRectification', On<{ evidence: EvidenceRef[] }>>;
export type VerifyRectification = Command<'VerifyRectification', On>;
export type ConductReinspection = Command<
  'ConductReinspection',
  On<{ conclusion: Conclusion; findings: string; newDeadline?: string }>
>;
export type RevokeSignature = Command<'RevokeSignature', On<{ signatureRef: SignatureRef; reason: string }>>;

export type HazardCommand =
  | DiscoverHazard
  | ReportRecurrence
  | DetermineMajorHazard
  | DetermineGeneralHazard
  | ChangeHazardGrade
  | AmendHazardDescription
  | AmendHazardLocation
  | SubmitDualReport
  | AcknowledgeDualReport
  | ListForSupervision
  | SubmitRemediationPlan
  | ReturnRemediationPlan
  | AcceptRemediationPlan
  | RecordRemediationProgress
  | RequestExtension
  | GrantExtension
  | RefuseExtension
  | EvaluateRemediation
  | RequestSignOff
  | SignSiteReview
  | SignOffHazard
  | RejectSignOff
  | EscalateHazard
  | CloseHazard
  | SuspendProduction
  | LiftSuspension
  | VoidHazard
  | ApproveVoid
  | RectifyOnSpot
  | AssignRectification
  | CompleteRectification
  | VerifyRectification
  | ConductReinspection
  | RevokeSignature;

export type HazardCommandType = HazardCommand['type'];
