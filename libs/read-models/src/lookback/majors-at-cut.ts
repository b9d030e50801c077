import { HazardRecord, evolveHazardRecord } from '../hazard-record/hazard-record';
import { ledgerRowOf } from '../hazard-ledger/hazard-ledger.model';
import { Major } from '../monthly-check-register';
import { Fact, leanOf } from './facts';

/**
 * What the monthly-check rule asks of a hazard — its mine, discovery time, grade, end and whether it was voided —
 * the ledger's own fold takes from these events alone: it sets those fields from them whatever the state, and a
 * voided hazard stays voided. A major's other events (26 types, ~80 % of its history) are not read
 * (majors-at-cut.spec.ts folds whole fixture histories both ways).
 */
export const MAJOR_SPAN_TYPES = [
  'HazardDiscovered',
  'MajorHazardDetermined',
  'GeneralHazardDetermined',
  'HazardGradeChanged',
  'HazardSignedOff',
  'HazardClosed',
  'HazardVoided',
];

/** A hazard major (and not voided) at the cut, with the facts that make it so; undefined otherwise. */
export const majorAtCut = (hazardId: string, history: Fact[]): (Major & { positions: string[] }) | undefined => {
  let record: HazardRecord | undefined;
  for (const f of history) record = evolveHazardRecord(record, leanOf(f), () => undefined);
  const row = record && ledgerRowOf(record);
  if (!row || row.grade !== 'major' || row.status === 'voided') return undefined;
  const why = history.filter(
    (f) => f.type === 'HazardDiscovered' || f.data.to === 'major' || /Determined$/.test(f.type),
  );
  return {
    hazardId,
    mineId: row.mineId,
    discoveredAt: row.discoveredAt,
    endedAt: row.endedAt,
    positions: why.map((f) => f.position),
  };
};
