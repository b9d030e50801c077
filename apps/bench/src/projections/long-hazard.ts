import { hazardDecider, streams } from '@hazard-ledger/domain';
import { MineProfile } from './cast';
import { HazardCtx, HazardScript } from './hazard-context';
import { acceptPlan, determineMajor, dualReports, list, returnPlan, submitPlan } from './hazard-major';
import { evaluate, extension, progress } from './hazard-remediation';
import { signOffPath } from './hazard-sign-off';
import { close, discover, suspend } from './hazard-steps';
import { CLAUSES } from './mines';
import { Prng } from './prng';
import { StreamScript } from './stream-script';
import { locationOf } from './texts';

/** The hazard whose as-of reconstruction the bench measures: exactly LONG_HAZARD_EVENTS events. */
export const LONG_HAZARD_ID = '7c0e3a52-9d14-4b6f-a8e2-5f31c9b04d20';
export const LONG_HAZARD_STREAM = streams.hazard(LONG_HAZARD_ID);
export const LONG_HAZARD_EVENTS = 200;

const DISCOVERED = Date.parse('2022-03-08T02:30:00Z');
// evaluate, request sign-off, two site reviews, sign-off (+ the suspension it lifts), closure.
const TAIL = 7;

/**
 * A major hazard with a long remediation (2022–2025): a plan returned twice, then weekly progress records with
 * extension request/grant cycles, a refusal now and then and failed evaluations, before 销号 and 闭环.
 */
export const longHazardHistory = (rng: Prng, mine: MineProfile, endMs: number): HazardScript => {
  const s = new StreamScript(rng, DISCOVERED, endMs, hazardDecider);
  const finder = mine.jurisdiction.inspectors[0];
  const description = `${rng.pick(CLAUSES[mine.siteType]).title}（主斜井及-240m 中段）`;
  const c = new HazardCtx(s, mine, LONG_HAZARD_ID, 'inspection', finder, description, locationOf(rng, mine.siteType));
  discover(c);
  determineMajor(c);
  c.hours(1, 6);
  suspend(c);
  dualReports(c);
  list(c);
  submitPlan(c);
  returnPlan(c);
  submitPlan(c);
  returnPlan(c);
  submitPlan(c);
  acceptPlan(c);
  for (let step = 0; s.events.length < LONG_HAZARD_EVENTS - TAIL; step++) {
    const left = LONG_HAZARD_EVENTS - TAIL - s.events.length;
    if (step % 7 === 6 && left >= 2) extension(c, step % 28 !== 27);
    else if (step % 19 === 18) evaluate(c, false);
    else progress(c, 2, 8);
  }
  evaluate(c, true);
  signOffPath(c, { reject: 0, revoke: 0 });
  c.days(2, 10);
  close(c, c.leader());
  if (s.events.length !== LONG_HAZARD_EVENTS)
    throw new Error(`long hazard has ${s.events.length} events, expected ${LONG_HAZARD_EVENTS}`);
  return s;
};
