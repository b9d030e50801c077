import { InspectionEvent, MediaRef, TeamMember } from '@hazard-ledger/domain';
import { LeanEvent, MineInfo } from '@hazard-ledger/projection-engine';

export interface FileSignature {
  signerId: string;
  name: string;
  leader: boolean;
  result: string;
  signedAt: string;
  meaning: string;
  contentHash: string;
  /** Set when a later change of the record voided it (谁签名、谁负责 holds only for what was signed). */
  voidedAt: string | null;
}

/** Everything the record says about one inspection, as one document: what GET /inspections/:id and the register show. */
export interface InspectionFile {
  inspectionId: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  kind: string;
  planItemId: string | null;
  areas: string[];
  team: TeamMember[];
  startedAt: string;
  recordedAt: string;
  late: boolean;
  lateReason: string | null;
  policyVersion: string;
  clauses: { clauseId: string; result: 'no_finding' | 'finding'; note: string | null; hazardId: string | null }[];
  media: MediaRef[];
  knowledgeTest: { people: { name: string; position: string; score: number }[]; averageScore: number } | null;
  result: { result: string; summary: string; recordedAt: string } | null;
  signatures: FileSignature[];
  completedAt: string | null;
}

const voiding = (file: InspectionFile, ids: readonly string[], at: string): FileSignature[] =>
  file.signatures.map((s) => (s.voidedAt === null && ids.includes(s.signerId) ? { ...s, voidedAt: at } : s));

const recorded = (event: LeanEvent & InspectionEvent, mine: MineInfo | undefined): InspectionFile | undefined => {
  if (event.type !== 'InspectionRecorded') return undefined;
  const d = event.data;
  return {
    ...{
      inspectionId: d.inspectionId,
      mineId: d.mineId,
      mineName: mine?.name ?? null,
      jurisdiction: mine?.jurisdiction ?? null,
    },
    ...{ kind: d.kind, planItemId: d.planItemId, areas: d.areas, team: d.team, startedAt: d.startedAt },
    ...{ recordedAt: d.recordedAt, late: d.late, lateReason: d.lateReason, policyVersion: d.policyVersion },
    ...{ clauses: [], media: [], knowledgeTest: null, result: null, signatures: [], completedAt: null },
  };
};

/** Folds an inspection stream; events of no inspection (or before its recording) leave it as it is. */
export const evolveInspectionFile = (
  file: InspectionFile | undefined,
  lean: LeanEvent,
  mines: (mineId: string) => MineInfo | undefined,
): InspectionFile | undefined => {
  const event = lean as LeanEvent & InspectionEvent;
  if (!file) return event.type === 'InspectionRecorded' ? recorded(event, mines(event.data.mineId)) : undefined;
  const at = lean.recordedAt;
  const voided = (ids: string[]) => ({ signatures: voiding(file, ids, at) });
  switch (event.type) {
    case 'ClausesExamined': {
      const added = event.data.clauses.map((c) => ({
        clauseId: c.clauseId,
        result: 'no_finding' as const,
        note: c.note,
        hazardId: null,
      }));
      return { ...file, clauses: [...file.clauses, ...added], ...voided(event.data.voidedSignatures) };
    }
    case 'InspectionFindingRecorded': {
      const { clauseId, hazardId } = event.data;
      const added = { clauseId, result: 'finding' as const, note: null, hazardId };
      return { ...file, clauses: [...file.clauses, added], ...voided(event.data.voidedSignatures) };
    }
    case 'InspectionMediaAttached':
      return { ...file, media: [...file.media, ...event.data.media], ...voided(event.data.voidedSignatures) };
    case 'KnowledgeTestRecorded': {
      const { people, averageScore } = event.data;
      return { ...file, knowledgeTest: { people, averageScore }, ...voided(event.data.voidedSignatures) };
    }
    case 'InspectionResultRecorded': {
      const { result, summary, recordedAt } = event.data;
      return { ...file, result: { result, summary, recordedAt }, ...voided(event.data.voidedSignatures) };
    }
    case 'InspectionResultSigned':
      return { ...file, signatures: [...file.signatures, signatureOf(event.data)] };
    case 'InspectionCompleted':
      return { ...file, completedAt: event.data.completedAt };
    default:
      return file;
  }
};

const signatureOf = (d: Extract<InspectionEvent, { type: 'InspectionResultSigned' }>['data']): FileSignature => ({
  signerId: d.signerId,
  name: d.signature.printedName,
  leader: d.leader,
  result: d.result,
  signedAt: d.signature.signedAt,
  meaning: d.signature.meaning,
  contentHash: d.signature.contentHash,
  voidedAt: null,
});

/** Members whose signature on the result as it stands is still missing. */
export const unsignedMembers = (file: InspectionFile): string[] => {
  const signed = new Set(file.signatures.filter((s) => s.voidedAt === null).map((s) => s.signerId));
  return file.team.filter((m) => !signed.has(m.userId)).map((m) => m.userId);
};
