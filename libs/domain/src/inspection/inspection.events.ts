import { DomainEvent } from '../shared/command';
import { ESignature } from '../shared/signature';
import { ExaminedPerson, InspectionKind, InspectionResult, MediaRef, TeamMember } from './inspection.values';

type On<Data> = { inspectionId: string } & Data;
/** Signatures collected before this change that it voided (the content they signed is no longer the record). */
type Voiding = { voidedSignatures: string[] };

export type InspectionRecorded = DomainEvent<
  'InspectionRecorded',
  On<{
    mineId: string;
    kind: InspectionKind;
    planItemId: string | null;
    areas: string[];
    team: TeamMember[];
    /** When the inspection took place (valid time). */
    startedAt: string;
    recordedAt: string;
    /** Entered later than the policy allows: then lateReason is set. */
    late: boolean;
    lateReason: string | null;
    policyVersion: string;
  }>
>;

export type ClausesExamined = DomainEvent<
  'ClausesExamined',
  On<{ clauses: { clauseId: string; note: string }[]; catalogueVersion: string; examinedAt: string } & Voiding>
>;

export type InspectionFindingRecorded = DomainEvent<
  'InspectionFindingRecorded',
  On<{ clauseId: string; hazardId: string; catalogueVersion: string; recordedAt: string } & Voiding>
>;

export type InspectionMediaAttached = DomainEvent<
  'InspectionMediaAttached',
  On<{ media: MediaRef[]; attachedAt: string } & Voiding>
>;

export type KnowledgeTestRecorded = DomainEvent<
  'KnowledgeTestRecorded',
  On<{ people: ExaminedPerson[]; averageScore: number; recordedAt: string } & Voiding>
>;

export type InspectionResultRecorded = DomainEvent<
  'InspectionResultRecorded',
  On<{ result: InspectionResult; summary: string; recordedAt: string } & Voiding>
>;

export type InspectionResultSigned = DomainEvent<
  'InspectionResultSigned',
  On<{ signerId: string; leader: boolean; result: InspectionResult; signature: ESignature }>
>;

export type InspectionCompleted = DomainEvent<'InspectionCompleted', On<{ completedAt: string }>>;

export type InspectionEvent =
  | InspectionRecorded
  | ClausesExamined
  | InspectionFindingRecorded
  | InspectionMediaAttached
  | KnowledgeTestRecorded
  | InspectionResultRecorded
  | InspectionResultSigned
  | InspectionCompleted;

export type InspectionEventType = InspectionEvent['type'];
