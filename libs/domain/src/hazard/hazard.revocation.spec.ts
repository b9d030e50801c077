import { DeciderSpecification } from '@hazard-ledger/testing';
import { hazardDecider } from './hazard.decider';
import {
  DualReportIncomplete,
  InvalidHazardTransition,
  NotEnoughReviewers,
  SignedStepRevoked,
  SupervisionListingRequired,
} from './hazard.errors';
import {
  aCloseHazard,
  actors,
  aDetermineMajorHazard,
  aGrantExtension,
  aHazardClosed,
  aHazardDiscovered,
  aHazardGradeChanged,
  aHazardSignedOff,
  aListForSupervision,
  aMajorHazardDetermined,
  anEvidence,
  anExtensionGranted,
  anExtensionRequested,
  aRectifiedOnSpot,
  aRequestSignOff,
  aRevokeSignature,
  aSignature,
  aSignatureRevoked,
  aSignOffHazard,
  aSignOffRequested,
  aSignSiteReview,
  aSiteReviewSigned,
  aSupervisionListed,
  history,
  MEANING,
  PLAN_DEADLINE,
  reference,
} from './hazard.fixtures';
import { HazardEvent } from './hazard.events';

const given = DeciderSpecification.for(hazardDecider);
const { staff, principal, inspectorA, inspectorB, leader, leader2 } = actors;
const revoke = (eventType: string, signerId: string) =>
  aSignatureRevoked({ signatureRef: { eventType, signerId }, revokedBy: leader2.id });
const listingRequired = {
  reference: { ...reference, policy: { ...reference.policy, supervisionListingRequiredForSignOff: true } },
};
const closing = { reason: '闭环 / closed' };
const downgraded = [
  ...history.majorDetermined,
  aHazardGradeChanged({
    from: 'major',
    to: 'general',
    clauseId: undefined,
    technicalGrounds: '专家论证 / expert opinion',
    evidence: [anEvidence('expert-opinion.pdf')],
    signature: aSignature(leader, MEANING.downgrade),
    changedBy: leader.id,
  }),
];
const signedDiscovery = aHazardDiscovered({
  source: 'inspection',
  discoveredBy: inspectorA.id,
  signature: aSignature(inspectorA, MEANING.discovery),
});
const inspectedAndReinspected: HazardEvent[] = [signedDiscovery, ...history.reinspected.slice(1)];

/** ADR 20261207-signature-revocation: a revoked signature invalidates its step, or blocks what depends on it. */
describe('Hazard, when a signature is revoked', () => {
  describe('on the determination', () => {
    it('blocks the sign-off request', () =>
      given([...history.evaluated, revoke('MajorHazardDetermined', principal.id)])
        .when(aRequestSignOff())
        .thenThrows(SignedStepRevoked));

    it('may be made again by someone entitled to determine', () =>
      given([...history.evaluated, revoke('MajorHazardDetermined', principal.id)])
        .when(aDetermineMajorHazard())
        .then([aMajorHazardDetermined()]));

    it('is cured by a new signed determination', () =>
      given([...history.evaluated, revoke('MajorHazardDetermined', principal.id), aMajorHazardDetermined()])
        .when(aRequestSignOff())
        .then([aSignOffRequested()]));
  });

  describe('on a dual report', () => {
    it('counts the report as never submitted', () =>
      given([...history.evaluated, revoke('DualReportSubmitted', principal.id)])
        .when(aRequestSignOff())
        .thenThrows(DualReportIncomplete));

    it('withdraws a sign-off request that stood on it', () =>
      given([...history.signOffRequested, revoke('DualReportSubmitted', principal.id)])
        .when(aSignSiteReview())
        .thenThrows(InvalidHazardTransition));
  });

  describe('on the listing for supervision (挂牌)', () => {
    it('counts the hazard as never listed, so 销号 under the rule is refused', () =>
      given([...history.reviewedByTwo, revoke('SupervisionListed', leader.id)])
        .when(aSignOffHazard({}, listingRequired))
        .thenThrows(SupervisionListingRequired));

    it('lets the hazard be listed again', () =>
      given([...history.inRemediation, revoke('SupervisionListed', leader.id)])
        .when(aListForSupervision())
        .then([aSupervisionListed()]));
  });

  describe('on an extension grant', () => {
    it('restores the deadline the grant replaced', () =>
      given([
        ...history.inRemediation,
        anExtensionRequested(),
        anExtensionGranted(),
        revoke('ExtensionGranted', leader.id),
        anExtensionRequested({ newDeadline: '2024-07-15T00:00:00.000Z' }),
      ])
        .when(aGrantExtension({ newDeadline: '2024-07-15T00:00:00.000Z' }))
        .then([anExtensionGranted({ previousDeadline: PLAN_DEADLINE, newDeadline: '2024-07-15T00:00:00.000Z' })]));
  });

  describe('on the sign-off request', () => {
    it('withdraws the request: no site review until it is made again', () =>
      given([...history.signOffRequested, revoke('SignOffRequested', principal.id)])
        .when(aSignSiteReview())
        .thenThrows(InvalidHazardTransition));

    it('lets the request be signed again', () =>
      given([...history.signOffRequested, revoke('SignOffRequested', principal.id)])
        .when(aRequestSignOff())
        .then([aSignOffRequested()]));
  });

  describe('on a site review', () => {
    it('reopens a 销号 that stood on it', () =>
      given([...history.signedOff, revoke('SiteReviewSigned', inspectorB.id)])
        .when(aSignOffHazard())
        .thenThrows(NotEnoughReviewers));

    it('leaves nothing to close', () =>
      given([...history.signedOff, revoke('SiteReviewSigned', inspectorB.id)])
        .when(aCloseHazard())
        .thenThrows(InvalidHazardTransition));
  });

  describe('on the 销号', () => {
    it('leaves nothing to close', () =>
      given([...history.signedOff, revoke('HazardSignedOff', leader2.id)])
        .when(aCloseHazard())
        .thenThrows(InvalidHazardTransition));

    it('lets the 销号 be signed again', () =>
      given([...history.signedOff, revoke('HazardSignedOff', leader2.id)])
        .when(aSignOffHazard())
        .then([aHazardSignedOff()]));
  });

  describe('on an on-the-spot rectification', () => {
    it('counts the hazard as not rectified', () =>
      given([...history.rectifiedOnSpot, revoke('RectifiedOnSpot', staff.id)])
        .when(aCloseHazard({}, { actor: staff }))
        .thenThrows(InvalidHazardTransition));
  });

  describe('on a discovery by inspection', () => {
    it('blocks the closure', () =>
      given([...inspectedAndReinspected, revoke('HazardDiscovered', inspectorA.id)])
        .when(aCloseHazard({}, { actor: inspectorA }))
        .thenThrows(SignedStepRevoked));

    it('is closed when the signature stands', () =>
      given(inspectedAndReinspected)
        .when(aCloseHazard({}, { actor: inspectorA }))
        .then([aHazardClosed({ closedBy: inspectorA.id })]));
  });

  describe('on an escalation', () => {
    it('returns the hazard to where it was: the site review goes on', () =>
      given([...history.escalated, revoke('HazardEscalated', leader.id)])
        .when(aSignSiteReview())
        .then([aSiteReviewSigned(inspectorB)]));

    it('leaves no escalation to close on', () =>
      given([...history.escalated, revoke('HazardEscalated', leader.id)])
        .when(aCloseHazard({ ...closing, legalGround: { kind: 'merged', intoHazardId: 'hazard-9' } }))
        .thenThrows(InvalidHazardTransition));
  });

  describe('on a downgrade', () => {
    const downgradedAndRectified = [...downgraded, aRectifiedOnSpot()];

    it('blocks closing the downgraded hazard', () =>
      given([...downgradedAndRectified, revoke('HazardGradeChanged', leader.id)])
        .when(aCloseHazard({}, { actor: staff }))
        .thenThrows(SignedStepRevoked));

    it('closes it while the downgrade’s signature stands', () =>
      given(downgradedAndRectified)
        .when(aCloseHazard({}, { actor: staff }))
        .then([aHazardClosed({ closedBy: staff.id })]));
  });

  describe('on a void', () => {
    it('is refused: a voided record is ended, never reopened by a revocation', () =>
      given(history.voided)
        .when(aRevokeSignature({ signatureRef: { eventType: 'HazardVoided', signerId: leader.id } }, { actor: leader }))
        .thenThrows(InvalidHazardTransition));
  });
});
