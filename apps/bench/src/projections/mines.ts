import {
  CatalogueClause,
  MineEvent,
  MineEventType,
  POLICY_EDITIONS,
  RiskGrade,
  SiteType,
  currentCatalogue,
  currentRiskGrading,
} from '@hazard-ledger/domain';
import { CastActor, MineProfile } from './cast';
import { Prng } from './prng';
import { EmitOptions, StreamScript } from './stream-script';

// The editions the platform publishes today; every generated decision cites them (see the caveat in the report:
// the real registry refuses decisions dated before an edition's effectiveFrom).
const catalogue = currentCatalogue();
export const POLICY = POLICY_EDITIONS[POLICY_EDITIONS.length - 1];
export const CATALOGUE_VERSION = catalogue.version;
export const REFERENCE_VERSION = `${catalogue.version}|${POLICY.version}`;
export const CLAUSES: Record<SiteType, CatalogueClause[]> = { underground: [], open_pit: [], tailings: [] };
for (const clause of catalogue.clauses.values()) CLAUSES[clause.siteType].push(clause);

const GRADING_VERSION = currentRiskGrading().version;
const REGISTRATION = [Date.parse('2020-06-01T01:00:00Z'), Date.parse('2020-12-15T09:00:00Z')] as const;
const FIRST_GRADING = [Date.parse('2025-03-01T01:00:00Z'), Date.parse('2025-06-30T09:00:00Z')] as const;
const REGRADING = [Date.parse('2026-02-01T01:00:00Z'), Date.parse('2026-09-30T09:00:00Z')] as const;
const GRADES: Record<RiskGrade, number> = { A: 15, B: 40, C: 35, D: 10 };

type MineData<T extends MineEventType> = Extract<MineEvent, { type: T }>['data'];

/** Typed against the real mine event payloads. */
const emit = <T extends MineEventType>(
  s: StreamScript,
  type: T,
  actor: CastActor,
  build: (now: string) => MineData<T>,
  o: EmitOptions,
): string => s.emit(type, actor, build, o);

/** Registration before the first hazard (2020), the first A–D grading in 2025 and now and then a re-grading. */
export const mineHistory = (rng: Prng, mine: MineProfile, endMs: number): StreamScript => {
  const start = rng.between(REGISTRATION[0], REGISTRATION[1]);
  const s = new StreamScript(rng, start, endMs, undefined, 'Unregistered', REFERENCE_VERSION);
  const leader = rng.pick(mine.jurisdiction.leaders);
  const { mineId, name, siteType, enterprise, responsibility } = mine;
  emit(
    s,
    'MineRegistered',
    leader,
    (now) => ({
      mineId,
      name,
      siteType,
      jurisdiction: mine.jurisdiction.code,
      enterprise,
      registeredAt: now,
      principal: { ...responsibility.principal },
      responsiblePersons: responsibility.responsiblePersons.map((p) => ({ ...p })),
    }),
    { status: 'Producing' },
  );
  if (!rng.chance(0.9)) return s;
  let grade = rng.weighted(GRADES);
  s.until(rng.between(FIRST_GRADING[0], FIRST_GRADING[1]));
  grade = changeGrade(s, mine, null, grade, '年度安全风险分级评定 / annual risk grading');
  if (!rng.chance(0.3)) return s;
  s.until(rng.between(REGRADING[0], REGRADING[1]));
  let next = rng.weighted(GRADES);
  while (next === grade) next = rng.weighted(GRADES);
  const reason =
    next > grade
      ? '存在重大事故隐患，风险等级上调 / raised after a major hazard'
      : '整改验收合格，年度复评下调 / lowered at the annual review';
  changeGrade(s, mine, grade, next, reason);
  return s;
};

const changeGrade = (
  s: StreamScript,
  mine: MineProfile,
  previous: RiskGrade | null,
  next: RiskGrade,
  reason: string,
): RiskGrade => {
  emit(
    s,
    'MineRiskGradeChanged',
    s.rng.pick(mine.jurisdiction.leaders),
    (now) => ({ mineId: mine.mineId, previous, next, reason, gradingVersion: GRADING_VERSION, changedAt: now }),
    { reason },
  );
  return next;
};
