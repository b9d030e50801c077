import { DeciderSpecification } from '@hazard-ledger/testing';
import { hazardDecider } from './hazard.decider';
import {
  DuplicateReviewer,
  EvaluationNotPassed,
  FieldRequired,
  InvalidDeadline,
  NotAuthorisedForAction,
  NotEnoughReviewers,
  ReasonRequired,
  SeparationOfDutiesViolated,
  SignatureRequired,
  SiteReviewFailed,
} from './hazard.errors';
import {
  aCloseHazard,
  actors,
  aHazardClosed,
  aHazardEscalated,
  aHazardSignedOff,
  anEscalateHazard,
  anEvaluateRemediation,
  anExtensionGranted,
  anExtensionRequested,
  aProductionSuspended,
  aRejectSignOff,
  aRemediationEvaluated,
  aRemediationPlanSubmitted,
  aRemediationProgressRecorded,
  aSignature,
  aSignatureRevoked,
  aSignOffHazard,
  aSignOffRejected,
  aSignOffRequested,
  aSignSiteReview,
  aSiteReviewSigned,
  aSuspensionLifted,
  history,
} from './hazard.fixtures';

const given = DeciderSpecification.for(hazardDecider);
const mineClosed = { kind: 'mine_closed' as const, decisionNo: '上党政〔2024〕99号' };
const { inspectorA, inspectorB, inspectorC, leader, leader2 } = actors;
const review = (reviewer = inspectorC) =>
  aSignSiteReview({ signature: aSignature(reviewer, '现场核查确认 / site review confirmed') }, { actor: reviewer });

describe('Hazard', () => {
  describe('when sign-off is requested', () => {
    it('records a site review signed by a regulator who took no part in the plan', () =>
      given(history.signOffRequested)
        .when(aSignSiteReview())
        .then([aSiteReviewSigned(inspectorB)]));

    it('refuses a review by the inspector who returned the plan', () =>
      given(history.signOffRequested).when(review(inspectorA)).thenThrows(SeparationOfDutiesViolated));

    it('refuses a review by the leader who accepted the plan', () =>
      given(history.signOffRequested).when(review(leader)).thenThrows(SeparationOfDutiesViolated));

    it('refuses a review by a regulator named as a contributor to the plan', () => {
      const helped = history.signOffRequested.map((e) =>
        e.type === 'RemediationPlanSubmitted'
          ? aRemediationPlanSubmitted({ ...e.data, contributors: [inspectorC.id] })
          : e,
      );
      return given(helped).when(review(inspectorC)).thenThrows(SeparationOfDutiesViolated);
    });

    it('refuses a review by the leader who granted an extension of the plan’s deadline', () =>
      given([
        ...history.inRemediation,
        anExtensionRequested(),
        anExtensionGranted({ grantedBy: leader2.id }),
        ...history.signOffRequested.slice(history.inRemediation.length),
      ])
        .when(review(leader2))
        .thenThrows(SeparationOfDutiesViolated));

    it('refuses the same reviewer signing twice', () =>
      given([...history.signOffRequested, aSiteReviewSigned(inspectorB)])
        .when(aSignSiteReview())
        .thenThrows(DuplicateReviewer));

    it('refuses a review signed with someone else’s signature', () =>
      given(history.signOffRequested)
        .when(aSignSiteReview({ signature: aSignature(inspectorC, 'x') }))
        .thenThrows(SignatureRequired));

    it('refuses to sign off after a single reviewer', () =>
      given([...history.signOffRequested, aSiteReviewSigned(inspectorB)])
        .when(aSignOffHazard())
        .thenThrows(NotEnoughReviewers, (e) =>
          expect([(e as NotEnoughReviewers).have, (e as NotEnoughReviewers).need]).toEqual([1, 2]),
        ));

    it('signs off after two independent reviewers, citing the policy', () =>
      given(history.reviewedByTwo).when(aSignOffHazard()).then([aHazardSignedOff()]));

    it('lifts the production suspension in the same decision (resumption approved)', () =>
      given([...history.reviewedByTwo.slice(0, 2), aProductionSuspended(), ...history.reviewedByTwo.slice(2)])
        .when(aSignOffHazard())
        .then([
          aHazardSignedOff(),
          aSuspensionLifted({
            liftedBy: leader2.id,
            reason: '销号决定 上应急销〔2024〕5号 同意恢复生产 / production resumes under sign-off 上应急销〔2024〕5号',
          }),
        ]));

    it('refuses to sign off when a reviewer found the work not done', () =>
      given([
        ...history.signOffRequested,
        aSiteReviewSigned(inspectorB),
        aSiteReviewSigned(inspectorC, { conclusion: 'failed' }),
      ])
        .when(aSignOffHazard())
        .thenThrows(SiteReviewFailed));

    it('no longer counts a review whose signature was revoked', () =>
      given([...history.reviewedByTwo, aSignatureRevoked()])
        .when(aSignOffHazard())
        .thenThrows(NotEnoughReviewers));

    it('refuses to sign off a history that never recorded a passed evaluation', () =>
      given([
        ...history.inRemediation,
        aSignOffRequested(),
        aSiteReviewSigned(inspectorB),
        aSiteReviewSigned(inspectorC),
      ])
        .when(aSignOffHazard())
        .thenThrows(EvaluationNotPassed));

    it('refuses a sign-off without a decision number', () =>
      given(history.reviewedByTwo)
        .when(aSignOffHazard({ decisionNo: '' }))
        .thenThrows(FieldRequired));

    it('returns the hazard to remediation with reasons and a new deadline', () =>
      given(history.reviewedByTwo).when(aRejectSignOff()).then([aSignOffRejected()]));

    it('refuses a rejection without a reason', () =>
      given(history.signOffRequested)
        .when(aRejectSignOff({ reason: '' }))
        .thenThrows(ReasonRequired));

    it('refuses a rejection whose new deadline has passed', () =>
      given(history.signOffRequested)
        .when(aRejectSignOff({ newDeadline: '2024-03-01T00:00:00.000Z' }))
        .thenThrows(InvalidDeadline));

    it('is back in remediation after a rejection, with a fresh review to come', () =>
      given([...history.reviewedByTwo, aSignOffRejected()])
        .when(anEvaluateRemediation())
        .then([aRemediationEvaluated()]));

    it('escalates when the review shows remediation is hopeless', () =>
      given(history.signOffRequested).when(anEscalateHazard()).then([aHazardEscalated()]));
  });

  describe('when signed off', () => {
    it('is closed by the supervising leader', () =>
      given(history.signedOff).when(aCloseHazard()).then([aHazardClosed()]));

    it('is not closed by an inspector', () =>
      given(history.signedOff)
        .when(aCloseHazard({}, { actor: inspectorA }))
        .thenThrows(NotAuthorisedForAction));
  });

  describe('when escalated', () => {
    it('is closed with a reason on a legal ground, flagged as closed without sign-off', () =>
      given(history.escalated)
        .when(aCloseHazard({ reason: '矿山已依法关闭 / mine closed', legalGround: mineClosed, mineClosed: true }))
        .then([
          aHazardClosed({ reason: '矿山已依法关闭 / mine closed', legalGround: mineClosed, withoutSignOff: true }),
        ]));

    it('is not closed without a reason', () =>
      given(history.escalated)
        .when(aCloseHazard({ legalGround: mineClosed, mineClosed: true }))
        .thenThrows(ReasonRequired));

    it('resumes remediation when work is recorded', () =>
      given([...history.escalated, aRemediationProgressRecorded()])
        .when(anEvaluateRemediation())
        .then([aRemediationEvaluated()]));
  });
});
