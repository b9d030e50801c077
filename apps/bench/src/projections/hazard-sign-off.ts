import { Conclusion } from '@hazard-ledger/domain';
import { CastActor } from './cast';
import { HazardCtx, MEANING } from './hazard-context';
import { evaluate, progress } from './hazard-remediation';
import { lift } from './hazard-steps';
import { POLICY } from './mines';
import { DAY, addMs } from './stream-script';

const requestSignOff = (c: HazardCtx): void => {
  const principal = c.mine.principal;
  c.days(2, 20);
  c.emit(
    'SignOffRequested',
    principal,
    (now) => ({
      signature: c.signature(principal, MEANING.signOffRequest, now),
      requestedBy: principal.id,
      requestedAt: now,
      reviewDueBy: addMs(now, POLICY.siteReviewWithinDays * DAY),
      policyVersion: POLICY.version,
    }),
    { status: 'sign_off_requested' },
  );
};

const review = (c: HazardCtx, reviewer: CastActor, pass: boolean): void => {
  c.days(1, 10);
  c.emit('SiteReviewSigned', reviewer, (now) => ({
    reviewerId: reviewer.id,
    signature: c.signature(reviewer, MEANING.siteReview, now),
    findings: pass ? '现场核查治理措施已落实，符合销号条件' : '现场核查发现治理不彻底',
    conclusion: (pass ? 'passed' : 'failed') as Conclusion,
    reviewedAt: now,
  }));
};

const reject = (c: HazardCtx): void => {
  const actor = c.leader();
  const reason = '现场核查不合格，不予销号 / site review failed';
  const days = c.rng.int(30, 90);
  c.days(1, 5);
  c.emit(
    'SignOffRejected',
    actor,
    (now) => {
      c.deadline = addMs(now, days * DAY);
      return { reason, newDeadline: c.deadline, rejectedBy: actor.id, rejectedAt: now };
    },
    { status: 'in_remediation', reason },
  );
};

const revoke = (c: HazardCtx, reviewer: CastActor): void => {
  const reason = '误签：核查时未到达现场全部区域 / signed in error';
  c.hours(2, 48);
  c.emit(
    'SignatureRevoked',
    reviewer,
    (now) => ({
      signatureRef: { eventType: 'SiteReviewSigned', signerId: reviewer.id },
      reason,
      revokedBy: reviewer.id,
      revokedAt: now,
    }),
    { reason },
  );
};

const signOff = (c: HazardCtx, reviewerIds: string[]): void => {
  const leader = c.leader();
  let decisionNo = '';
  c.days(1, 10);
  c.emit(
    'HazardSignedOff',
    leader,
    (now) => {
      decisionNo = c.docNo('销', now);
      const signature = c.signature(leader, MEANING.signOff, now);
      return {
        signature,
        decisionNo,
        reviewerIds,
        signedOffBy: leader.id,
        signedOffAt: now,
        policyVersion: POLICY.version,
      };
    },
    { status: 'signed_off' },
  );
  // SignOffHazard lifts an order still in force in the same decision.
  lift(c, leader, `销号决定 ${decisionNo} 同意恢复生产 / production resumes under sign-off ${decisionNo}`);
};

/** 申请销号 → two site reviews by inspectors who took no part in the plan → 销号; sometimes rejected or revoked. */
export const signOffPath = (c: HazardCtx, odds = { reject: 0.08, revoke: 0.03 }): void => {
  for (;;) {
    requestSignOff(c);
    c.stage('sign_off_requested');
    const first = c.inspector(c.participants);
    if (c.rng.chance(odds.reject)) {
      review(c, first, false);
      reject(c);
      progress(c, 10, 40);
      while (!evaluate(c, c.rng.chance(0.9))) progress(c, 5, 30);
      continue;
    }
    review(c, first, true);
    let second = c.inspector(new Set([...c.participants, first.id]));
    review(c, second, true);
    if (c.rng.chance(odds.revoke)) {
      revoke(c, second);
      second = c.inspector(new Set([...c.participants, first.id, second.id]));
      review(c, second, true);
    }
    signOff(c, [first.id, second.id]);
    c.stage('signed_off');
    return;
  }
};
