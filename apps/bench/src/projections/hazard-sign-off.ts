import { Conclusion } from '@hazard-ledger/domain';
import { CastActor } from './cast';
import { HazardCtx, MEANING } from './hazard-context';
import { evaluate, progress } from './hazard-remediation';
import { DAY, addMs } from './stream-script';

const requestSignOff = (c: HazardCtx): void => {
  const principal = c.mine.principal;
  c.days(2, 20);
  c.issue('RequestSignOff', principal, (now) => ({ signature: c.signature(principal, MEANING.signOffRequest, now) }));
};

const review = (c: HazardCtx, reviewer: CastActor, pass: boolean): void => {
  c.days(1, 10);
  c.issue('SignSiteReview', reviewer, (now) => ({
    signature: c.signature(reviewer, MEANING.siteReview, now),
    findings: pass ? '现场核查治理措施已落实，符合销号条件' : '现场核查发现治理不彻底',
    conclusion: (pass ? 'passed' : 'failed') as Conclusion,
  }));
};

const reject = (c: HazardCtx): void => {
  const reason = '现场核查不合格，不予销号 / site review failed';
  const days = c.rng.int(30, 90);
  c.days(1, 5);
  // A leader already on the plan: the rejecter joins the plan's participants, so no free leader is used up.
  c.issue('RejectSignOff', c.involvedLeader(), (now) => ({ reason, newDeadline: addMs(now, days * DAY) }));
};

const revoke = (c: HazardCtx, reviewer: CastActor): void => {
  const reason = '误签：核查时未到达现场全部区域 / signed in error';
  c.hours(2, 48);
  c.issue('RevokeSignature', reviewer, () => ({
    signatureRef: { eventType: 'SiteReviewSigned', signerId: reviewer.id },
    reason,
  }));
};

/** 销号; the decider lifts a suspension still in force in the same decision (16号令 Art. 23). */
const signOff = (c: HazardCtx): void => {
  // Separation of duties: not a leader who took part in the plan, nor anyone who ever reviewed or rejected.
  const facts = c.majorFacts;
  const taken = [
    ...(facts?.planParticipants ?? []),
    ...(facts?.reviews ?? []).map((r) => r.reviewerId),
    ...(facts?.reviewedOrRejectedBy ?? []),
  ];
  const leader = c.leader(new Set(taken));
  c.days(1, 10);
  c.issue('SignOffHazard', leader, (now) => ({
    signature: c.signature(leader, MEANING.signOff, now),
    decisionNo: c.docNo('销', now),
  }));
};

/** Nobody who took part in the plan, nor anyone who already reviewed (or whose review was revoked), reviews. */
const reviewer = (c: HazardCtx, also: readonly string[] = []): CastActor => {
  const facts = c.majorFacts;
  const taken = [...(facts?.planParticipants ?? []), ...(facts?.reviews ?? []).map((r) => r.reviewerId), ...also];
  return c.inspector(new Set(taken));
};

/** 申请销号 → two site reviews by inspectors who took no part in the plan → 销号; sometimes rejected or revoked. */
export const signOffPath = (c: HazardCtx, odds = { reject: 0.08, revoke: 0.03 }): void => {
  for (;;) {
    requestSignOff(c);
    c.stage('sign_off_requested');
    if (c.rng.chance(odds.reject)) {
      review(c, reviewer(c), false);
      reject(c);
      progress(c, 10, 40);
      while (!evaluate(c, c.rng.chance(0.9))) progress(c, 5, 30);
      continue;
    }
    review(c, reviewer(c), true);
    const second = reviewer(c);
    review(c, second, true);
    if (c.rng.chance(odds.revoke)) {
      revoke(c, second);
      review(c, reviewer(c, [second.id]), true);
    }
    signOff(c);
    c.stage('signed_off');
    return;
  }
};
