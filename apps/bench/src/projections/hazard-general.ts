import { Conclusion } from '@hazard-ledger/domain';
import { CastActor } from './cast';
import { HazardCtx, MEANING } from './hazard-context';
import { close, suspend } from './hazard-steps';
import { CLAUSES } from './mines';
import { DAY, addMs } from './stream-script';

/** The side that grades, orders and closes: a regulator for its own inspection findings, else the enterprise. */
const gradingActor = (c: HazardCtx): CastActor => (c.byRegulator ? c.finder : c.sameSide());

export const determineGeneral = (c: HazardCtx): void => {
  const actor = gradingActor(c);
  const cited = c.rng.chance(0.08) ? c.rng.pick(CLAUSES[c.mine.siteType]) : undefined;
  const justification = cited ? `未达到 ${cited.id} 所列情形的程度 / below the threshold of ${cited.id}` : undefined;
  c.hours(0.5, 48);
  c.issue('DetermineGeneralHazard', actor, () => (cited && justification ? { clauseId: cited.id, justification } : {}));
};

const rectifyOnSpot = (c: HazardCtx): void => {
  const actor = c.staff();
  c.hours(0.2, 24);
  c.issue('RectifyOnSpot', actor, (now) => ({
    afterEvidence: [c.evidence(now)],
    signature: c.signature(actor, MEANING.onSpot, now),
  }));
};

const assign = (c: HazardCtx): number => {
  const by = gradingActor(c);
  const assignee = c.staff();
  const days = c.rng.int(c.source === 'inspection' ? 7 : 3, c.source === 'inspection' ? 45 : 30);
  c.hours(1, 72);
  c.issue('AssignRectification', by, (now) => ({
    assignee: { id: assignee.id, name: assignee.name },
    deadline: addMs(now, days * DAY),
  }));
  return days;
};

const completeAndVerify = (c: HazardCtx, days: number): void => {
  const rectifier = c.staff();
  c.days(0.5, days * 1.15);
  c.issue('CompleteRectification', rectifier, (now) => ({ evidence: [c.evidence(now)] }));
  c.stage('rectified');
  // Separation of duties: the verifier is never the rectifier.
  const verifier = c.rng.chance(0.4) ? c.mine.principal : c.staff(new Set([rectifier.id]));
  c.hours(2, 72);
  c.issue('VerifyRectification', verifier, () => ({}));
};

/** 整改复查; a failed one sends the work back with a new deadline. Returns whether it passed. */
const reinspect = (c: HazardCtx, pass: boolean): boolean => {
  const actor = c.inspector();
  const newDays = c.rng.int(7, 30);
  c.days(1, 20);
  c.issue('ConductReinspection', actor, (now) => ({
    conclusion: (pass ? 'passed' : 'failed') as Conclusion,
    findings: pass ? '已按指令书整改到位 / rectified as ordered' : '整改不彻底，责令继续整改 / not fully rectified',
    ...(pass ? {} : { newDeadline: addMs(now, newDays * DAY) }),
  }));
  return pass;
};

/** After grading: on-the-spot or assigned rectification, verification, the regulator's 复查 when it ordered it. */
export const generalPath = (c: HazardCtx): void => {
  if (!c.suspension && c.rng.chance(0.03)) {
    c.hours(0.5, 12);
    suspend(c);
  }
  const inspection = c.source === 'inspection';
  if (c.rng.chance(inspection ? 0.2 : 0.4)) {
    rectifyOnSpot(c);
    c.stage('rectified_on_spot');
  } else {
    const days = assign(c);
    c.stage('rectification_assigned');
    completeAndVerify(c, days);
    c.stage('verified');
  }
  if (inspection) {
    while (!reinspect(c, c.rng.chance(0.88))) {
      c.stage('rectification_assigned');
      completeAndVerify(c, 14);
    }
    c.stage('reinspected');
  }
  c.hours(1, 96);
  close(c, inspection ? c.regulator() : c.rng.chance(0.5) ? c.mine.principal : c.staff());
};
