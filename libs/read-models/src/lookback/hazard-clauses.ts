import { Fact, byEntity } from './facts';

/** A hazard as LB-25/26 compare it: its clause at the cut, where and when it was, and the facts that say so. */
export interface ClauseHazard {
  hazardId: string;
  mineId: string | null;
  clauseId: string | null;
  location: string;
  discoveredAt: string;
  recordedAt: string;
  voided: boolean;
  facts: Fact[];
}

const CLAUSED = ['MajorHazardDetermined', 'GeneralHazardDetermined', 'HazardGradeChanged'];
/** What clauseHazards reads: the facts to fetch, and their payload fields (the rest is never shipped). */
export const CLAUSE_HAZARD_READ = {
  categories: ['hazard'],
  types: ['HazardDiscovered', ...CLAUSED, 'HazardLocationAmended', 'HazardVoided'],
  dataFields: ['clauseId', 'next', 'location', 'discoveredAt'],
};

/** Folds hazard facts: the last determination naming a clause wins; the location follows its amendments. */
export const clauseHazards = (facts: Fact[]): ClauseHazard[] => {
  const out: ClauseHazard[] = [];
  for (const [hazardId, history] of byEntity(facts)) {
    const found = history.find((f) => f.type === 'HazardDiscovered');
    if (!found) continue;
    const determined = history.filter((f) => CLAUSED.includes(f.type) && typeof f.data.clauseId === 'string');
    const moved = history.filter((f) => f.type === 'HazardLocationAmended');
    out.push({
      hazardId,
      mineId: found.mineId,
      clauseId: determined.length > 0 ? String(determined.at(-1)!.data.clauseId) : null,
      location: String(moved.at(-1)?.data.next ?? found.data.location),
      discoveredAt: String(found.data.discoveredAt ?? found.occurredAt),
      recordedAt: found.recordedAt,
      voided: history.some((f) => f.type === 'HazardVoided'),
      facts: [found, ...determined.slice(-1), ...moved.slice(-1)],
    });
  }
  return out;
};

/** Two places are "the same area" when one text contains the other (after removing spaces): a simple, stated rule. */
export const sameArea = (a: string, b: string): boolean => {
  const [x, y] = [a.replace(/\s+/g, ''), b.replace(/\s+/g, '')];
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};
