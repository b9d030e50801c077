import { DomainEvent } from '../shared/command';
import { EvidenceRef } from '../shared/envelope';
import { ESignature } from '../shared/signature';
import { Assignee, Conclusion } from './hazard.values';

type On<Data> = { hazardId: string } & Data;

export type RectifiedOnSpot = DomainEvent<
  'RectifiedOnSpot',
  On<{ afterEvidence: EvidenceRef[]; rectifierSignature: ESignature; rectifiedBy: string; rectifiedAt: string }>
>;
export type RectificationAssigned = DomainEvent<
  'RectificationAssigned',
  On<{ assignee: Assignee; deadline: string; assignedBy: string; assignedAt: string }>
>;
export type RectificationCompleted = DomainEvent<
  'RectificationCompleted',
  On<{ evidence: EvidenceRef[]; rectifiedBy: string; completedAt: string }>
>;
export type RectificationVerified = DomainEvent<
  'RectificationVerified',
  On<{ verifiedBy: string; verifiedAt: string }>
>;
export type ReinspectionConducted = DomainEvent<
  'ReinspectionConducted',
  On<{ conclusion: Conclusion; findings: string; newDeadline?: string; reinspectedBy: string; reinspectedAt: string }>
>;

export type GeneralPathEvent =
  | RectifiedOnSpot
  | RectificationAssigned
  | RectificationCompleted
  | RectificationVerified
  | ReinspectionConducted;
