import { DomainEvent } from '../shared/command';
import { EvidenceRef } from '../shared/envelope';
import { ESignature } from '../shared/signature';
import {
  Conclusion,
  EscalationTarget,
  Evaluator,
  Funds,
  Recipient,
  ReportContent,
  Responsibility,
  SupervisionLevel,
} from './hazard.values';

type On<Data> = { hazardId: string } & Data;

export type DualReportSubmitted = DomainEvent<
  'DualReportSubmitted',
  On<{
    recipient: Recipient;
    reportVersion: number;
    reportHash: string;
    content: ReportContent;
    signature: ESignature;
    submittedBy: string;
    submittedAt: string;
    dueBy: string;
    policyVersion: string;
  }>
>;
export type DualReportReceived = DomainEvent<
  'DualReportReceived',
  On<{ recipient: Recipient; reportVersion: number; reportHash: string; receivedBy: string; receivedAt: string }>
>;
export type SupervisionListed = DomainEvent<
  'SupervisionListed',
  On<{
    level: SupervisionLevel;
    unit: string;
    supervisingOfficial: string;
    deadline: string;
    noticeNo: string;
    signature?: ESignature;
    listedBy: string;
    listedAt: string;
    policyVersion: string;
  }>
>;
export type RemediationPlanSubmitted = DomainEvent<
  'RemediationPlanSubmitted',
  On<{
    planVersion: number;
    responsibility: Responsibility;
    measures: string[];
    funds: Funds;
    deadline: string;
    contingencyPlan: string;
    contributors: string[];
    submittedBy: string;
    submittedAt: string;
  }>
>;
export type RemediationPlanReturned = DomainEvent<
  'RemediationPlanReturned',
  On<{ planVersion: number; reason: string; returnedBy: string; returnedAt: string }>
>;
export type RemediationPlanAccepted = DomainEvent<
  'RemediationPlanAccepted',
  On<{ planVersion: number; deadline: string; acceptedBy: string; acceptedAt: string }>
>;
export type RemediationProgressRecorded = DomainEvent<
  'RemediationProgressRecorded',
  On<{ note: string; evidence: EvidenceRef[]; reportedBy: string; reportedAt: string }>
>;
export type ExtensionRequested = DomainEvent<
  'ExtensionRequested',
  On<{ currentDeadline: string; newDeadline: string; reason: string; requestedBy: string; requestedAt: string }>
>;
export type ExtensionGranted = DomainEvent<
  'ExtensionGranted',
  On<{
    previousDeadline: string;
    newDeadline: string;
    reason: string;
    signature?: ESignature;
    grantedBy: string;
    grantedAt: string;
  }>
>;
export type ExtensionRefused = DomainEvent<
  'ExtensionRefused',
  On<{ reason: string; refusedBy: string; refusedAt: string }>
>;
export type RemediationEvaluated = DomainEvent<
  'RemediationEvaluated',
  On<{ evaluator: Evaluator; reportHash: string; conclusion: Conclusion; recordedBy: string; evaluatedAt: string }>
>;
export type SignOffRequested = DomainEvent<
  'SignOffRequested',
  On<{ signature: ESignature; requestedBy: string; requestedAt: string; reviewDueBy: string; policyVersion: string }>
>;
export type SiteReviewSigned = DomainEvent<
  'SiteReviewSigned',
  On<{ reviewerId: string; signature: ESignature; findings: string; conclusion: Conclusion; reviewedAt: string }>
>;
export type HazardSignedOff = DomainEvent<
  'HazardSignedOff',
  On<{
    signature: ESignature;
    decisionNo: string;
    reviewerIds: string[];
    signedOffBy: string;
    signedOffAt: string;
    policyVersion: string;
  }>
>;
export type SignOffRejected = DomainEvent<
  'SignOffRejected',
  On<{ reason: string; newDeadline: string; rejectedBy: string; rejectedAt: string }>
>;
export type HazardEscalated = DomainEvent<
  'HazardEscalated',
  On<{
    caseNo: string;
    targets: EscalationTarget[];
    signature?: ESignature;
    escalatedBy: string;
    escalatedAt: string;
  }>
>;

export type MajorPathEvent =
  | DualReportSubmitted
  | DualReportReceived
  | SupervisionListed
  | RemediationPlanSubmitted
  | RemediationPlanReturned
  | RemediationPlanAccepted
  | RemediationProgressRecorded
  | ExtensionRequested
  | ExtensionGranted
  | ExtensionRefused
  | RemediationEvaluated
  | SignOffRequested
  | SiteReviewSigned
  | HazardSignedOff
  | SignOffRejected
  | HazardEscalated;
