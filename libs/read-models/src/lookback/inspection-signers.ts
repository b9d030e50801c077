import { Fact, byEntity } from './facts';

/** The payload fields the inspection fold and its cells read. */
export const INSPECTION_FIELDS = [
  'voidedSignatures',
  'clauses',
  'clauseId',
  'kind',
  'startedAt',
  'signature',
  'signerId',
  'leader',
  'result',
];

/** Inspections (sorted by startedMs) begun in [fromMs, beforeMs). */
export const startedBetween = <T extends { startedMs: number }>(sorted: T[], fromMs: number, beforeMs: number): T[] => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].startedMs < fromMs) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].startedMs < beforeMs; i += 1) out.push(sorted[i]);
  return out;
};

export const INSPECTION_FACT_TYPES = [
  'InspectionRecorded',
  'ClausesExamined',
  'InspectionFindingRecorded',
  'InspectionMediaAttached',
  'KnowledgeTestRecorded',
  'InspectionResultRecorded',
  'InspectionResultSigned',
];

export interface Signer {
  userId: string;
  name: string;
  role: string;
  leader: boolean;
  signedAt: string;
}

/** An inspection as LB-04 reads it at the cut: clauses examined (with the fact), findings, result, standing signers. */
export interface InspectionAtCut {
  inspectionId: string;
  mineId: string | null;
  kind: string;
  startedAt: string;
  startedMs: number;
  examined: Map<string, { note: string; fact: Fact }>;
  findingClauses: Set<string>;
  result: Fact | null;
  signatures: Fact[];
  opened: Fact;
}

/** Folds inspection facts as the inspection's own state does: a later change voids the signatures it names. */
export const inspectionsAtCut = (facts: Fact[]): InspectionAtCut[] =>
  [...byEntity(facts)].flatMap(([inspectionId, history]) => {
    const opened = history.find((f) => f.type === 'InspectionRecorded');
    if (!opened) return [];
    const examined = new Map<string, { note: string; fact: Fact }>();
    const findingClauses = new Set<string>();
    let result: Fact | null = null;
    let signatures: Fact[] = [];
    for (const f of history) {
      const voided = (f.data.voidedSignatures as string[] | undefined) ?? [];
      signatures = signatures.filter((s) => !voided.includes(String(s.data.signerId)));
      if (f.type === 'ClausesExamined')
        for (const c of f.data.clauses as { clauseId: string; note: string }[])
          examined.set(c.clauseId, { note: c.note, fact: f });
      if (f.type === 'InspectionFindingRecorded') findingClauses.add(String(f.data.clauseId));
      if (f.type === 'InspectionResultRecorded') result = f;
      if (f.type === 'InspectionResultSigned') signatures.push(f);
    }
    return [
      {
        inspectionId,
        mineId: opened.mineId,
        kind: String(opened.data.kind),
        startedAt: String(opened.data.startedAt),
        startedMs: Date.parse(String(opened.data.startedAt)),
        examined,
        findingClauses,
        result,
        signatures,
        opened,
      },
    ];
  });

export const signerOf = (f: Fact): Signer => {
  const s = f.data.signature as { printedName: string; role: string; signedAt: string };
  return {
    userId: String(f.data.signerId),
    name: s.printedName,
    role: s.role,
    leader: f.data.leader === true,
    signedAt: s.signedAt,
  };
};
