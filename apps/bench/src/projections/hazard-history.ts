import { HazardSource, hazardDecider } from '@hazard-ledger/domain';
import { CastActor, MineProfile } from './cast';
import { HazardCtx, HazardScript } from './hazard-context';
import { determineGeneral, generalPath } from './hazard-general';
import { determineMajor, majorPath } from './hazard-major';
import { amend, changeGrade, discover, voidHazard } from './hazard-steps';
import { CLAUSES } from './mines';
import { Prng } from './prng';
import { END_OF_HISTORY, EndOfHistory, StreamScript } from './stream-script';
import { generalDescription, locationOf } from './texts';

/**
 * Share of hazards graded major (about 20 events each, against about 5.5 for a general one): far above a real
 * ledger's, so that the events hold about 10 per hazard, as the bench's brief asks.
 */
export const MAJOR_SHARE = 0.3;

// Where a hazard's history stops although time remains (left open, overdue); '' = runs to closure.
const GENERAL_STOPS = {
  '': 84,
  discovered: 2,
  general_determined: 3,
  rectification_assigned: 5,
  rectified: 1.5,
  verified: 1.5,
  rectified_on_spot: 1.5,
  reinspected: 1.5,
};
const MAJOR_STOPS = {
  '': 53,
  discovered: 1,
  major_determined: 4,
  reported: 4,
  listed: 4,
  plan_submitted: 4,
  plan_returned: 3,
  in_remediation: 10,
  escalated: 3,
  evaluated: 4,
  sign_off_requested: 4,
  signed_off: 2,
};
const VOID_STAGES = {
  general: ['discovered', 'general_determined', 'rectification_assigned'],
  major: ['discovered', 'major_determined', 'reported', 'listed', 'in_remediation'],
};

const finderOf = (rng: Prng, mine: MineProfile): { finder: CastActor; source: HazardSource } => {
  if (rng.chance(0.3)) {
    const { inspectors, leaders } = mine.jurisdiction;
    const finder = rng.chance(0.85) ? rng.pick(inspectors) : rng.pick(leaders);
    return { finder, source: rng.weighted({ inspection: 85, tip: 7, monitoring_alert: 5, physical_exam: 3 }) };
  }
  const finder = rng.chance(0.8) ? rng.pick(mine.staff) : mine.principal;
  const source = rng.weighted({ self_check: 60, monthly_check: 25, tip: 5, monitoring_alert: 6, physical_exam: 4 });
  return { finder, source };
};

const runMajor = (c: HazardCtx, rng: Prng, stopAt: string): void => {
  const downgrade = rng.chance(0.04);
  const escalate = stopAt === 'escalated' || rng.chance(0.03);
  if (majorPath(c, { downgrade, escalate }) === 'downgrade') {
    changeGrade(c, 'general');
    generalPath(c);
  }
};

/**
 * One hazard's whole stream, command by command through the real decider:
 * general or major path, stopped at some stage for a share of them, sometimes amended, re-graded or voided.
 */
export const hazardHistory = (
  rng: Prng,
  hazardId: string,
  mine: MineProfile,
  discoveredMs: number,
  endMs: number,
): HazardScript => {
  const { finder, source } = finderOf(rng, mine);
  const major = rng.chance(MAJOR_SHARE);
  const stopAt = rng.weighted<string>(major ? MAJOR_STOPS : GENERAL_STOPS);
  const voidAt = rng.chance(0.02) ? rng.pick(VOID_STAGES[major ? 'major' : 'general']) : undefined;
  const description = major ? rng.pick(CLAUSES[mine.siteType]).title : generalDescription(rng, mine.siteType);
  const s = new StreamScript(rng, discoveredMs, endMs, hazardDecider, stopAt || undefined);
  const c = new HazardCtx(s, mine, hazardId, source, finder, description, locationOf(rng, mine.siteType));
  c.onStage = (name) => {
    if (name !== voidAt) return;
    voidHazard(c);
    throw END_OF_HISTORY;
  };
  try {
    discover(c);
    if (rng.chance(0.06)) amend(c);
    c.stage('discovered');
    if (major) {
      determineMajor(c);
      c.stage('major_determined');
      runMajor(c, rng, stopAt);
    } else {
      determineGeneral(c);
      c.stage('general_determined');
      if (rng.chance(0.025)) {
        changeGrade(c, 'major');
        c.stage('major_determined');
        runMajor(c, rng, stopAt);
      } else generalPath(c);
    }
  } catch (error) {
    if (!(error instanceof EndOfHistory)) throw error;
  }
  return s;
};
