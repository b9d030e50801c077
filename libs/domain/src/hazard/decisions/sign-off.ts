import { EscalateHazard, RejectSignOff, RequestSignOff, SignOffHazard, SignSiteReview } from '../hazard.commands';
import {
  DualReportIncomplete,
  DuplicateReviewer,
  EvaluationNotPassed,
  FieldRequired,
  NotEnoughReviewers,
  SeparationOfDutiesViolated,
  SiteReviewFailed,
  SupervisionListingRequired,
} from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard, MajorHazard } from '../hazard.state';
import { Recipient } from '../hazard.values';
import { Policy } from '../../shared/reference';
import {
  addDays,
  ensureNoRevokedStep,
  inStatus,
  requireField,
  requireFutureDeadline,
  requireOwnSignature,
  requireReason,
} from './guards';

const RECIPIENTS: readonly Recipient[] = ['regulator', 'workers_congress'];

/** 书面申请恢复生产/销号 (16号令 Art. 18); the site-review clock (Art. 23, recalled) is policy, not a constant. */
export const requestSignOff = (command: RequestSignOff, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['evaluated']);
  const { actor, now, reference } = command.metadata;
  ensureEvaluationPassed(hazard);
  ensureNoRevokedStep(hazard);
  const missing = RECIPIENTS.filter((recipient) => !hazard.major.reports[recipient]?.received);
  if (missing.length > 0) throw new DualReportIncomplete(missing);
  const signature = requireOwnSignature(command.data.signature, actor, '销号申请 / sign-off request');
  const { siteReviewWithinDays, version: policyVersion } = reference.policy;
  return [
    {
      type: 'SignOffRequested',
      data: {
        hazardId: hazard.hazardId,
        signature,
        requestedBy: actor.id,
        requestedAt: now,
        reviewDueBy: addDays(now, siteReviewWithinDays),
        policyVersion,
      },
    },
  ];
};

/** Separation of duties (domain.md §8.1): no one who wrote, accepted, returned or re-timed a plan reviews the work. */
export const signSiteReview = (command: SignSiteReview, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['sign_off_requested']);
  const { actor, now } = command.metadata;
  if (hazard.major.planParticipants.includes(actor.id)) {
    throw new SeparationOfDutiesViolated(actor.id, '参与了治理方案', 'took part in the remediation plan');
  }
  if (hazard.major.reviews.some((review) => review.reviewerId === actor.id)) throw new DuplicateReviewer(actor.id);
  const findings = requireField(command.data.findings, '审查意见 / findings');
  const signature = requireOwnSignature(command.data.signature, actor, '现场审查 / site review');
  return [
    {
      type: 'SiteReviewSigned',
      data: {
        hazardId: hazard.hazardId,
        reviewerId: actor.id,
        signature,
        findings,
        conclusion: command.data.conclusion,
        reviewedAt: now,
      },
    },
  ];
};

/** 核销 with the approval to resume production (16号令 Art. 23), so an open suspension is lifted in the same decision. */
export const signOff = (command: SignOffHazard, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['sign_off_requested']);
  const { actor, now, reference } = command.metadata;
  ensureEvaluationPassed(hazard);
  ensureNoRevokedStep(hazard);
  ensureListedWherePolicyRequires(hazard, reference.policy);
  const reviewerIds = [...new Set(hazard.major.reviews.map((review) => review.reviewerId))];
  ensureSignerIndependent(hazard, actor.id, reviewerIds);
  const need = reference.policy.minSiteReviewers;
  if (reviewerIds.length < need) throw new NotEnoughReviewers(reviewerIds.length, need);
  const failedBy = hazard.major.reviews.filter((r) => r.conclusion === 'failed').map((r) => r.reviewerId);
  if (failedBy.length > 0) throw new SiteReviewFailed(failedBy);
  const decisionNo = requireField(command.data.decisionNo, '销号决定文号 / decisionNo');
  const signature = requireOwnSignature(command.data.signature, actor, '销号签发 / sign-off');
  const signedOff: HazardEvent = {
    type: 'HazardSignedOff',
    data: {
      hazardId: hazard.hazardId,
      signature,
      decisionNo,
      reviewerIds,
      signedOffBy: actor.id,
      signedOffAt: now,
      policyVersion: reference.policy.version,
    },
  };
  const suspension = hazard.suspension;
  if (!suspension) return [signedOff];
  const reason = `销号决定 ${decisionNo} 同意恢复生产 / production resumes under sign-off ${decisionNo}`;
  const lifted: HazardEvent = {
    type: 'SuspensionLifted',
    data: { hazardId: hazard.hazardId, orderNo: suspension.orderNo, reason, liftedBy: actor.id, liftedAt: now },
  };
  return [signedOff, lifted];
};

export const rejectSignOff = (command: RejectSignOff, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['sign_off_requested']);
  const { actor, now } = command.metadata;
  const reason = requireReason(command.data.reason, '不予销号 / rejecting the sign-off');
  const newDeadline = requireFutureDeadline(command.data.newDeadline, now);
  return [
    {
      type: 'SignOffRejected',
      data: { hazardId: hazard.hazardId, reason, newDeadline, rejectedBy: actor.id, rejectedAt: now },
    },
  ];
};

/** 16号令 Art. 23: hopeless or refused remediation goes to penalty or a closure request (一案双罚 targets). */
export const escalate = (command: EscalateHazard, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['in_remediation', 'evaluated', 'sign_off_requested']);
  const { actor, now } = command.metadata;
  const caseNo = requireField(command.data.caseNo, '案件编号 / caseNo');
  if (!command.data.targets?.length) throw new FieldRequired('处罚对象 / targets');
  const signature = requireOwnSignature(command.data.signature, actor, '移交处罚 / escalation');
  return [
    {
      type: 'HazardEscalated',
      data: {
        hazardId: hazard.hazardId,
        caseNo,
        targets: command.data.targets,
        signature,
        escalatedBy: actor.id,
        escalatedAt: now,
      },
    },
  ];
};

/** 挂牌 before 销号 where the policy in force says so (a versioned rule, not a constant). */
const ensureListedWherePolicyRequires = (hazard: MajorHazard, policy: Policy): void => {
  if (policy.supervisionListingRequiredForSignOff && hazard.major.listingDeadline === undefined) {
    throw new SupervisionListingRequired(policy.version);
  }
};

/** Separation of duties (domain.md §8.1, §9 F.15) holds for the 销号 signer as for the reviewers. */
const ensureSignerIndependent = (hazard: MajorHazard, signerId: string, reviewerIds: readonly string[]): void => {
  if (reviewerIds.includes(signerId) || hazard.major.reviewedOrRejectedBy?.includes(signerId)) {
    throw new SeparationOfDutiesViolated(
      signerId,
      '签署过现场审查或不予销号',
      'signed a site review or rejected the sign-off',
    );
  }
  if (hazard.major.planParticipants.includes(signerId)) {
    throw new SeparationOfDutiesViolated(signerId, '参与了治理方案', 'took part in the remediation plan');
  }
};

const ensureEvaluationPassed = (hazard: MajorHazard): void => {
  if (hazard.major.evaluation !== 'passed') throw new EvaluationNotPassed();
};
