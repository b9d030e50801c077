import { DeciderSpecification } from '@hazard-ledger/testing';
import { Actor } from '../shared/actor';
import { MergeTarget } from './hazard.commands';
import { hazardDecider } from './hazard.decider';
import {
  ClosureGroundNotMet,
  NotAuthorisedForAction,
  SeparationOfDutiesViolated,
  SignatureRequired,
  VoidRequestRequired,
} from './hazard.errors';
import {
  aCloseHazard,
  actors,
  aHazardDiscovered,
  aHazardSignedOff,
  aHazardVoided,
  aHazardVoidRequested,
  aMajorHazardDetermined,
  anApproveVoid,
  aRemediationEvaluated,
  aRemediationProgressRecorded,
  aSignature,
  aSignatureRevoked,
  aSignOffHazard,
  aSignOffRejected,
  aSignOffRequested,
  aSignSiteReview,
  aSiteReviewSigned,
  aVoidHazard,
  history,
  MEANING,
  MINE_ID,
} from './hazard.fixtures';

/** The reviewer's second round of holes in the lifecycle (issue 13 item 7, review of 2026-12-07). */
const given = DeciderSpecification.for(hazardDecider);
const { inspectorA, inspectorB, inspectorC, leader, leader2 } = actors;
const inspectorD = { ...inspectorC, id: 'reg-inspector-d', name: '吴检查' };
const approvedBy = (approver: Actor) =>
  anApproveVoid(
    { signature: aSignature(approver, MEANING.closureApproval) },
    {
      actor: approver,
    },
  );
const voidRequested = [...history.inRemediation, aHazardVoidRequested()];

describe('Hazard review holes (issue 13 item 7)', () => {
  describe('1. when a major hazard is voided (two leaders, each with their own login)', () => {
    it('records only the request of the first leader: the hazard stays open', () =>
      given(history.inRemediation).when(aVoidHazard()).then([aHazardVoidRequested()]));

    it('is voided when a second leader approves, naming both', () =>
      given(voidRequested)
        .when(approvedBy(leader2))
        .then([
          aHazardVoided({
            signature: aSignature(leader2, MEANING.closureApproval),
            requestedBy: leader.id,
            voidedBy: leader2.id,
          }),
        ]));

    it('refuses the approval of the leader who asked for it', () =>
      given(voidRequested).when(approvedBy(leader)).thenThrows(SeparationOfDutiesViolated));

    it('refuses the approval of the leader who determined the hazard', () =>
      given([
        ...history.discovered,
        aMajorHazardDetermined({ determinedBy: leader2.id, signature: aSignature(leader2, MEANING.determination) }),
        aHazardVoidRequested(),
      ])
        .when(approvedBy(leader2))
        .thenThrows(SeparationOfDutiesViolated));

    it('refuses the approval of the leader who found the hazard', () =>
      given([
        aHazardDiscovered({
          source: 'inspection',
          discoveredBy: leader2.id,
          linkedRef: { kind: 'inspection', id: 'insp-1' },
        }),
        aMajorHazardDetermined({
          determinedBy: inspectorA.id,
          signature: aSignature(inspectorA, MEANING.determination),
        }),
        aHazardVoidRequested(),
      ])
        .when(approvedBy(leader2))
        .thenThrows(SeparationOfDutiesViolated));

    it('refuses an approval with no pending request', () =>
      given(history.inRemediation).when(approvedBy(leader2)).thenThrows(VoidRequestRequired));

    it('refuses an approval whose request’s signature was revoked', () =>
      given([
        ...voidRequested,
        aSignatureRevoked({ signatureRef: { eventType: 'HazardVoidRequested', signerId: leader.id } }),
      ])
        .when(approvedBy(leader2))
        .thenThrows(VoidRequestRequired));

    it('refuses an unsigned approval, or one signed by someone else', () => {
      given(voidRequested)
        .when(anApproveVoid({ signature: undefined }))
        .thenThrows(SignatureRequired);
      given(voidRequested)
        .when(anApproveVoid({ signature: aSignature(leader, MEANING.closureApproval) }))
        .thenThrows(SignatureRequired);
    });

    it('refuses an inspector’s approval', () =>
      given(voidRequested).when(approvedBy(inspectorA)).thenThrows(NotAuthorisedForAction));
  });

  describe('2. when an escalated major hazard is closed as merged', () => {
    const legalGround = { kind: 'merged' as const, intoHazardId: 'hazard-9' };
    const into: MergeTarget = { hazardId: 'hazard-9', mineId: MINE_ID, status: 'in_remediation' };
    const closing = (mergeTarget?: MergeTarget) =>
      aCloseHazard({ reason: '并入 hazard-9 / merged', legalGround, mergeTarget });

    it.each([
      ['does not exist', undefined],
      ['is at another mine', { ...into, mineId: 'mine-2' }],
      ['is itself closed', { ...into, status: 'closed' as const }],
      ['is itself voided', { ...into, status: 'voided' as const }],
      ['is another hazard than the one named', { ...into, hazardId: 'hazard-8' }],
    ])('refuses a target that %s', (_, target) =>
      given(history.escalated).when(closing(target)).thenThrows(ClosureGroundNotMet),
    );
  });

  describe('3. when the 销号 is signed, separation of duties outlives revocations and new requests', () => {
    it('refuses a signer whose own site review they revoked', () =>
      given([
        ...history.reviewedByTwo,
        aSignatureRevoked({ signatureRef: { eventType: 'SiteReviewSigned', signerId: inspectorB.id } }),
        aSiteReviewSigned(inspectorD),
      ])
        .when(
          aSignOffHazard(
            { signature: aSignature(inspectorB, MEANING.signOff) },
            { actor: { ...inspectorB, role: 'supervising_leader' } },
          ),
        )
        .thenThrows(SeparationOfDutiesViolated));

    const rejectedThenRequested = (rejecter: Actor) => [
      ...history.signOffRequested,
      aSiteReviewSigned(inspectorB, { conclusion: 'failed' }),
      aSignOffRejected({ rejectedBy: rejecter.id }),
      aRemediationProgressRecorded(),
      aRemediationEvaluated(),
      aSignOffRequested(),
    ];

    it('refuses a signer who rejected an earlier sign-off request', () =>
      given([...rejectedThenRequested(leader2), aSiteReviewSigned(inspectorC), aSiteReviewSigned(inspectorD)])
        .when(aSignOffHazard())
        .thenThrows(SeparationOfDutiesViolated));

    it('refuses a signer who reviewed in an earlier round', () =>
      given([...rejectedThenRequested(leader2), aSiteReviewSigned(inspectorC), aSiteReviewSigned(inspectorD)])
        .when(
          aSignOffHazard(
            { signature: aSignature(inspectorB, MEANING.signOff) },
            { actor: { ...inspectorB, role: 'supervising_leader' } },
          ),
        )
        .thenThrows(SeparationOfDutiesViolated));

    it('signs off by a leader who took no part', () =>
      given([...rejectedThenRequested(inspectorB), aSiteReviewSigned(inspectorC), aSiteReviewSigned(inspectorD)])
        .when(aSignOffHazard())
        .then([aHazardSignedOff({ reviewerIds: [inspectorC.id, inspectorD.id] })]));

    it('6. refuses a site review by the one who rejected the sign-off and re-timed the plan', () =>
      given(rejectedThenRequested(inspectorC))
        .when(aSignSiteReview({ signature: aSignature(inspectorC, MEANING.siteReview) }, { actor: inspectorC }))
        .thenThrows(SeparationOfDutiesViolated));
  });
});
