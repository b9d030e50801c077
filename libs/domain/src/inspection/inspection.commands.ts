import { Command, CommandMetadata } from '../shared/command';
import { ReferenceContext } from '../shared/reference';
import { ESignature } from '../shared/signature';
import {
  ExaminedPerson,
  InspectionKind,
  InspectionPolicyRef,
  InspectionResult,
  MediaRef,
  TeamMember,
} from './inspection.values';

type On<Data = unknown> = { inspectionId: string } & Data;
type Referenced<Type extends string, Data> = Command<Type, Data> & {
  metadata: CommandMetadata & { reference: ReferenceContext };
};

export type RecordInspection = Command<
  'RecordInspection',
  On<{
    mineId: string;
    kind: InspectionKind;
    planItemId: string | null;
    areas: string[];
    team: TeamMember[];
    /** When the inspection took place (valid time); may be well before it is entered. */
    occurredAt: string;
    lateReason?: string;
    policy: InspectionPolicyRef;
  }>
>;

export type ExamineClauses = Referenced<'ExamineClauses', On<{ clauses: { clauseId: string; note: string }[] }>>;

export type RecordInspectionFinding = Referenced<'RecordInspectionFinding', On<{ clauseId: string; hazardId: string }>>;

export type AttachInspectionMedia = Command<'AttachInspectionMedia', On<{ media: MediaRef[] }>>;

export type RecordKnowledgeTest = Command<'RecordKnowledgeTest', On<{ people: ExaminedPerson[] }>>;

export type RecordInspectionResult = Command<
  'RecordInspectionResult',
  On<{ result: InspectionResult; summary: string }>
>;

export type SignInspectionResult = Command<'SignInspectionResult', On<{ signature: ESignature }>>;

export type InspectionCommand =
  | RecordInspection
  | ExamineClauses
  | RecordInspectionFinding
  | AttachInspectionMedia
  | RecordKnowledgeTest
  | RecordInspectionResult
  | SignInspectionResult;

export type InspectionCommandType = InspectionCommand['type'];
