import { InspectionEvent } from './inspection.events';
import { ClauseResult, InspectionKind, InspectionResult, TeamMember } from './inspection.values';

export interface InspectionRecord {
  inspectionId: string;
  mineId: string;
  kind: InspectionKind;
  team: readonly TeamMember[];
  clauses: Readonly<Record<string, ClauseResult>>;
  result: { result: InspectionResult; summary: string } | null;
  /** Who signed the result as it stands (voided signatures are gone from here, kept in the events). */
  signedBy: readonly string[];
}

export type Inspection =
  | { status: 'not_recorded' }
  | ({ status: 'in_progress' } & InspectionRecord)
  | ({ status: 'completed'; completedAt: string } & InspectionRecord);

export type InspectionStatus = Inspection['status'];
export type RecordedInspection = Exclude<Inspection, { status: 'not_recorded' }>;

export const initialInspectionState = (): Inspection => ({ status: 'not_recorded' });

const unsigned = (state: RecordedInspection, voided: readonly string[]): readonly string[] =>
  state.signedBy.filter((id) => !voided.includes(id));

// Never throws: an event that does not fit the current state leaves it unchanged, so old streams always replay.
export const evolveInspection = (state: Inspection, event: InspectionEvent): Inspection => {
  if (event.type === 'InspectionRecorded') {
    if (state.status !== 'not_recorded') return state;
    const { inspectionId, mineId, kind, team } = event.data;
    return { status: 'in_progress', inspectionId, mineId, kind, team, clauses: {}, result: null, signedBy: [] };
  }
  if (state.status === 'not_recorded') return state;
  switch (event.type) {
    case 'ClausesExamined': {
      const examined = event.data.clauses.map((c) => [c.clauseId, { result: 'no_finding', note: c.note }]);
      return {
        ...state,
        clauses: { ...state.clauses, ...Object.fromEntries(examined) },
        signedBy: unsigned(state, event.data.voidedSignatures),
      };
    }
    case 'InspectionFindingRecorded': {
      const { clauseId, hazardId, voidedSignatures } = event.data;
      const clauses = { ...state.clauses, [clauseId]: { result: 'finding' as const, hazardId } };
      return { ...state, clauses, signedBy: unsigned(state, voidedSignatures) };
    }
    case 'InspectionMediaAttached':
    case 'KnowledgeTestRecorded':
      return { ...state, signedBy: unsigned(state, event.data.voidedSignatures) };
    case 'InspectionResultRecorded': {
      const { result, summary, voidedSignatures } = event.data;
      return { ...state, result: { result, summary }, signedBy: unsigned(state, voidedSignatures) };
    }
    case 'InspectionResultSigned':
      return { ...state, signedBy: [...state.signedBy, event.data.signerId] };
    case 'InspectionCompleted':
      return { ...state, status: 'completed', completedAt: event.data.completedAt };
    default:
      return state;
  }
};
