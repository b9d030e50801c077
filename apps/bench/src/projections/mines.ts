import {
  CatalogueClause,
  Mine,
  MineCommand,
  MineEvent,
  RiskGrade,
  SiteType,
  currentCatalogue,
  currentRiskGrading,
  mineDecider,
} from '@hazard-ledger/domain';
import { MineProfile } from './cast';
import { Prng } from './prng';
import { StreamScript } from './stream-script';

/** The clauses of the newest catalogue by site type (there is one edition, in force since 2022-09-01). */
export const CLAUSES: Record<SiteType, CatalogueClause[]> = { underground: [], open_pit: [], tailings: [] };
for (const clause of currentCatalogue().clauses.values()) CLAUSES[clause.siteType].push(clause);

type MineScript = StreamScript<MineCommand, MineEvent, Mine>;

const GRADING_VERSION = currentRiskGrading().version;
const REGISTRATION = [Date.parse('2020-06-01T01:00:00Z'), Date.parse('2020-12-15T09:00:00Z')] as const;
const FIRST_GRADING = [Date.parse('2025-03-01T01:00:00Z'), Date.parse('2025-06-30T09:00:00Z')] as const;
const REGRADING = [Date.parse('2026-02-01T01:00:00Z'), Date.parse('2026-09-30T09:00:00Z')] as const;
const GRADES: Record<RiskGrade, number> = { A: 15, B: 40, C: 35, D: 10 };

/** Registration before the first hazard (2020), the first A–D grading in 2025 and now and then a re-grading. */
export const mineHistory = (rng: Prng, mine: MineProfile, endMs: number): MineScript => {
  const start = rng.between(REGISTRATION[0], REGISTRATION[1]);
  const s: MineScript = new StreamScript(rng, start, endMs, mineDecider);
  const leader = rng.pick(mine.jurisdiction.leaders);
  const { mineId, name, siteType, enterprise, responsibility } = mine;
  s.decide('RegisterMine', leader, () => ({
    mineId,
    name,
    siteType,
    jurisdiction: mine.jurisdiction.code,
    enterprise,
    principal: { ...responsibility.principal },
    responsiblePersons: responsibility.responsiblePersons.map((p) => ({ ...p })),
  }));
  if (!rng.chance(0.9)) return s;
  const grade = rng.weighted(GRADES);
  s.until(rng.between(FIRST_GRADING[0], FIRST_GRADING[1]));
  changeGrade(s, mine, grade, '年度安全风险分级评定 / annual risk grading');
  if (!rng.chance(0.3)) return s;
  s.until(rng.between(REGRADING[0], REGRADING[1]));
  let next = rng.weighted(GRADES);
  while (next === grade) next = rng.weighted(GRADES);
  const reason =
    next > grade
      ? '存在重大事故隐患，风险等级上调 / raised after a major hazard'
      : '整改验收合格，年度复评下调 / lowered at the annual review';
  changeGrade(s, mine, next, reason);
  return s;
};

/** A–D grading by a leader of the mine's jurisdiction; the decider records the grade it replaces. */
const changeGrade = (s: MineScript, mine: MineProfile, grade: RiskGrade, reason: string): void => {
  const leader = s.rng.pick(mine.jurisdiction.leaders);
  s.decide('ChangeMineRiskGrade', leader, () => ({
    mineId: mine.mineId,
    grade,
    reason,
    gradingVersion: GRADING_VERSION,
  }));
};
