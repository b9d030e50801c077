import { DomainEvent } from '../shared/command';
import { EvidenceRef } from '../shared/envelope';
import { ESignature } from '../shared/signature';
import { GeneralPathEvent } from './hazard.general-path.events';
import { MajorPathEvent } from './hazard.major-path.events';
import {
  ClosureGround,
  Grade,
  HazardSource,
  ImportedFrom,
  LinkedRef,
  Side,
  SignatureRef,
  SuspensionScope,
} from './hazard.values';

type On<Data> = { hazardId: string } & Data;

interface Amendment {
  previous: string;
  next: string;
  reason: string;
  amendedBy: string;
  amendedAt: string;
}

export type HazardDiscovered = DomainEvent<
  'HazardDiscovered',
  On<{
    mineId: string;
    source: HazardSource;
    location: string;
    description: string;
    evidence: EvidenceRef[];
    discoveredBy: string;
    discoveredAt: string;
    linkedRef?: LinkedRef;
    signature?: ESignature;
    importedFrom?: ImportedFrom;
    contractorId?: string;
  }>
>;
export type HazardRecurred = DomainEvent<
  'HazardRecurred',
  On<{ recurrenceOf: string; earlierClosedAt?: string; recurredAt: string }>
>;
export type MajorHazardDetermined = DomainEvent<
  'MajorHazardDetermined',
  On<{
    clauseId: string;
    basicCondition: boolean;
    catalogueVersion: string;
    policyVersion: string;
    signature: ESignature;
    determinedBy: string;
    determinedAt: string;
  }>
>;
export type GeneralHazardDetermined = DomainEvent<
  'GeneralHazardDetermined',
  On<{
    clauseId?: string;
    justification?: string;
    catalogueVersion: string;
    policyVersion: string;
    determinedBy: string;
    determinedAt: string;
  }>
>;
export type HazardGradeChanged = DomainEvent<
  'HazardGradeChanged',
  On<{
    from: Grade;
    to: Grade;
    reason: string;
    clauseId?: string;
    basicCondition?: boolean;
    technicalGrounds?: string;
    evidence?: EvidenceRef[];
    signature?: ESignature;
    catalogueVersion: string;
    policyVersion: string;
    changedBy: string;
    changedAt: string;
  }>
>;
export type HazardDescriptionAmended = DomainEvent<'HazardDescriptionAmended', On<Amendment>>;
export type HazardLocationAmended = DomainEvent<'HazardLocationAmended', On<Amendment>>;
export type HazardClosed = DomainEvent<
  'HazardClosed',
  /** `withoutSignOff` surfaces a major hazard that ended without 销号, on its `legalGround`. */
  On<{ reason?: string; legalGround?: ClosureGround; withoutSignOff?: boolean; closedBy: string; closedAt: string }>
>;
export type ProductionSuspended = DomainEvent<
  'ProductionSuspended',
  On<{ scope: SuspensionScope; area?: string; orderNo: string; issuer: Side; orderedBy: string; suspendedAt: string }>
>;
export type SuspensionLifted = DomainEvent<
  'SuspensionLifted',
  On<{ orderNo: string; reason: string; liftedBy: string; liftedAt: string }>
>;
/** A leader's signed request to void a major hazard: it ends nothing until a second leader approves it. */
export type HazardVoidRequested = DomainEvent<
  'HazardVoidRequested',
  On<{ reason: string; evidence: EvidenceRef[]; signature?: ESignature; requestedBy: string; requestedAt: string }>
>;
/** For a major hazard `voidedBy` is the approving leader and `requestedBy` the leader who asked for it. */
export type HazardVoided = DomainEvent<
  'HazardVoided',
  On<{
    reason: string;
    evidence: EvidenceRef[];
    signature?: ESignature;
    requestedBy?: string;
    voidedBy: string;
    voidedAt: string;
  }>
>;
export type SignatureRevoked = DomainEvent<
  'SignatureRevoked',
  On<{ signatureRef: SignatureRef; reason: string; revokedBy: string; revokedAt: string }>
>;

export type HazardEvent =
  | HazardDiscovered
  | HazardRecurred
  | MajorHazardDetermined
  | GeneralHazardDetermined
  | HazardGradeChanged
  | HazardDescriptionAmended
  | HazardLocationAmended
  | HazardClosed
  | ProductionSuspended
  | SuspensionLifted
  | HazardVoidRequested
  | HazardVoided
  | SignatureRevoked
  | MajorPathEvent
  | GeneralPathEvent;

export type HazardEventType = HazardEvent['type'];
export * from './hazard.major-path.events';
export * from './hazard.general-path.events';
