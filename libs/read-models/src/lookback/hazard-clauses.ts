import { Params } from '@hazard-ledger/projection-engine';
import { Db, LookbackCut, LookbackParams, factScope } from './lookback-query';
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

/**
 * The hazards (in scope at the cut) that some determination put under one of `clauses`: every hazard whose clause
 * at the cut is one of them is among these, so a fold over only their facts lists the same ones.
 */
export const hazardsEverUnder = async (
  db: Db,
  cut: LookbackCut,
  params: LookbackParams,
  clauses: readonly string[],
): Promise<string[]> => {
  if (clauses.length === 0) return [];
  const p = new Params();
  const rows: { id: string }[] = await db.query(
    `SELECT DISTINCT f.entity_id AS id FROM lookback_facts f
      WHERE ${factScope(p, cut, params)} AND f.event_type = ANY(${p.add(CLAUSED)})
        AND coalesce(f.category, f.category) = 'hazard' AND f.data->>'clauseId' = ANY(${p.add(clauses)})`,
    p.values,
  );
  return rows.map((r) => r.id);
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
  const [x, y] = [compact(a), compact(b)];
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};

// Compared pairwise across a mine's hazards: each place text is compacted once.
const compacted = new Map<string, string>();
const compact = (place: string): string => {
  let c = compacted.get(place);
  if (c === undefined) {
    if (compacted.size > 100_000) compacted.clear();
    c = place.replace(/\s+/g, '');
    compacted.set(place, c);
  }
  return c;
};
