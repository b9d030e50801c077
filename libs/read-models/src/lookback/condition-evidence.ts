import { Fact, byEntity } from './facts';
import { ClauseHazard, sameArea } from './hazard-clauses';

/** Events after which a hazard's condition no longer stands (valid time): closed, voided, signed off, rectified. */
const ENDS = ['HazardClosed', 'HazardVoided', 'HazardSignedOff', 'RectifiedOnSpot', 'RectificationVerified'];

/** The hazard events LB-04 folds (clause, place, time, end): loading only these keeps a busy mine's answer small. */
export const HAZARD_FACT_TYPES = [
  'HazardDiscovered',
  'MajorHazardDetermined',
  'GeneralHazardDetermined',
  'HazardGradeChanged',
  'HazardLocationAmended',
  ...ENDS,
];

/** One dated record that the condition existed: from `since` until `until` (valid time; null = still standing). */
export interface ConditionEvidence {
  kind: 'own_discovery' | 'earlier_hazard' | 'census_factor';
  /** The hazard or census factor that says so. */
  id: string;
  since: string;
  until: string | null;
  facts: Fact[];
}

/** The valid time each hazard's condition ended (first closing act), by hazard id. */
export const hazardEnds = (facts: Fact[]): Map<string, Fact> => {
  const ends = new Map<string, Fact>();
  for (const [id, history] of byEntity(facts)) {
    const end = history.filter((f) => ENDS.includes(f.type)).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    if (end[0]) ends.set(id, end[0]);
  }
  return ends;
};

/** A census entry: found on its day (00:00 CST), standing until its treatment was verified; dropped if disproved. */
export interface CensusFactor {
  id: string;
  mineId: string | null;
  kind: string;
  location: string;
  since: string;
  until: string | null;
  facts: Fact[];
}

export const censusFactors = (facts: Fact[]): CensusFactor[] =>
  [...byEntity(facts)].flatMap(([id, history]) => {
    const recorded = history.find((f) => f.type === 'HiddenFactorRecorded');
    const checks = history.filter((f) => f.type === 'HiddenFactorCrossValidated');
    if (!recorded || checks.at(-1)?.data.confirmed === false) return [];
    const verified = history.find((f) => f.type === 'HiddenFactorTreatmentVerified');
    return [
      {
        id,
        mineId: recorded.mineId,
        kind: String(recorded.data.kind),
        location: String(recorded.data.location),
        since: new Date(`${String(recorded.data.foundOn)}T00:00:00+08:00`).toISOString(),
        until: verified?.occurredAt ?? null,
        facts: [recorded, ...(verified ? [verified] : [])],
      },
    ];
  });

/**
 * What the record holds that hazard `h`'s condition existed earlier: its own discovery time (which can precede its
 * recording), earlier hazards of the same mine, clause and area, and census factors of a kind the policy maps to
 * the clause in the same area. `sameClause` and `census` are already narrowed to h's mine (and clause): the caller
 * groups them once, so a large record is not scanned per hazard.
 */
export const conditionEvidenceOf = (
  h: ClauseHazard,
  sameClause: ClauseHazard[],
  ends: Map<string, Fact>,
  census: CensusFactor[],
  factorKinds: readonly string[],
): ConditionEvidence[] => {
  const hazardItem = (x: ClauseHazard, kind: ConditionEvidence['kind']): ConditionEvidence => ({
    kind,
    id: x.hazardId,
    since: x.discoveredAt,
    until: ends.get(x.hazardId)?.occurredAt ?? null,
    facts: x.facts,
  });
  const discoveredMs = Date.parse(h.discoveredAt);
  const earlier = sameClause.filter(
    (e) =>
      e.hazardId !== h.hazardId && !e.voided && msOf(e.discoveredAt) < discoveredMs && sameArea(e.location, h.location),
  );
  const factors = census.filter((c) => factorKinds.includes(c.kind) && sameArea(c.location, h.location));
  return [
    hazardItem(h, 'own_discovery'),
    ...earlier.map((e) => hazardItem(e, 'earlier_hazard')),
    ...factors.map(
      (c): ConditionEvidence => ({ kind: 'census_factor', id: c.id, since: c.since, until: c.until, facts: c.facts }),
    ),
  ];
};

/** The evidence items that stood at `at`: dated at or before it and not ended by then. */
export const standingAt = (items: ConditionEvidence[], at: string): ConditionEvidence[] => {
  const atMs = Date.parse(at);
  return items.filter((i) => msOf(i.since) <= atMs && (i.until === null || msOf(i.until) > atMs));
};

// The same instants are compared for every candidate against every inspection: each text is parsed once.
const parsed = new Map<string, number>();
const msOf = (instant: string): number => {
  let ms = parsed.get(instant);
  if (ms === undefined) {
    if (parsed.size > 100_000) parsed.clear();
    ms = Date.parse(instant);
    parsed.set(instant, ms);
  }
  return ms;
};

/** Groups items by a key once (mine, or mine and clause), keeping their order. */
export const groupBy = <T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
};
