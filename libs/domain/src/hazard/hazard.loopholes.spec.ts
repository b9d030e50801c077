import { DeciderSpecification } from '@hazard-ledger/testing';
import { Actor } from '../shared/actor';
import { hazardDecider } from './hazard.decider';
import {
  ClosureGroundNotMet,
  ClosureGroundRequired,
  DowngradeAuthorityRequired,
  EvidenceRequired,
  FieldRequired,
  NotAuthorisedForAction,
  NotAuthorisedForGradeChange,
  SeparationOfDutiesViolated,
  SignatureRequired,
  SupervisionListingRequired,
} from './hazard.errors';
import {
  aChangeHazardGrade,
  aCloseHazard,
  actors,
  aDetermineMajorHazard,
  aDiscoverHazard,
  aGrantExtension,
  aHazardClosed,
  aHazardGradeChanged,
  aHazardSignedOff,
  aListForSupervision,
  aMajorHazardDetermined,
  anEscalateHazard,
  anEvidence,
  anExtensionRequested,
  aSignature,
  aSignOffHazard,
  aVoidHazard,
  history,
  MEANING,
  MINE_ID,
  reference,
} from './hazard.fixtures';

const given = DeciderSpecification.for(hazardDecider);
const { inspectorA, inspectorB, leader, leader2, principal, safetyDirector, staff } = actors;
const reason = '矿山已依法关闭 / mine closed by order';
const mineClosed = { kind: 'mine_closed' as const, decisionNo: '上党政〔2024〕99号' };
const approvalBy = (approver = leader2) => aSignature(approver, MEANING.closureApproval);
const listingRequired = {
  reference: { ...reference, policy: { ...reference.policy, supervisionListingRequiredForSignOff: true } },
};
const neverListed = history.reviewedByTwo.filter((e) => e.type !== 'SupervisionListed');
const downgrade = {
  to: 'general' as const,
  reason: '经专家论证降为一般隐患 / experts re-graded it',
  technicalGrounds: '专家组现场测定风量满足设计要求 / measured airflow meets the design',
  evidence: [anEvidence('expert-opinion.pdf')],
};
const signedBy = (actor = leader) => aSignature(actor, MEANING.downgrade);
const determinedByLeader = [
  ...history.discovered,
  aMajorHazardDetermined({ determinedBy: leader.id, signature: aSignature(leader, MEANING.determination) }),
];

describe('Hazard loopholes (issue 13 item 7)', () => {
  describe('given an escalated major hazard, when it is closed without sign-off', () => {
    it('refuses a free-text reason with no legal ground', () =>
      given(history.escalated).when(aCloseHazard({ reason })).thenThrows(ClosureGroundRequired));

    it('refuses "mine closed" when the mine is not closed (the handler’s fact, not the client’s word)', () =>
      given(history.escalated)
        .when(aCloseHazard({ reason, legalGround: mineClosed, mineClosed: false }))
        .thenThrows(ClosureGroundNotMet));

    it('closes on a merger into another hazard, flagged as closed without sign-off', () => {
      const legalGround = { kind: 'merged' as const, intoHazardId: 'hazard-9' };
      const mergeTarget = { hazardId: 'hazard-9', mineId: MINE_ID, status: 'in_remediation' as const };
      return given(history.escalated)
        .when(aCloseHazard({ reason: '并入 hazard-9 / merged', legalGround, mergeTarget }))
        .then([aHazardClosed({ reason: '并入 hazard-9 / merged', legalGround, withoutSignOff: true })]);
    });

    it('refuses a merger into itself', () =>
      given(history.escalated)
        .when(aCloseHazard({ reason, legalGround: { kind: 'merged', intoHazardId: 'hazard-1' } }))
        .thenThrows(ClosureGroundNotMet));

    it('refuses "voided by leaders" as a closure ground: a void is two signed steps (ADR two-leader void)', () =>
      given(history.escalated)
        .when(aCloseHazard({ reason, legalGround: { kind: 'voided_by_leaders', approval: approvalBy() } }))
        .thenThrows(ClosureGroundNotMet));
  });

  describe('given a hazard never listed for supervision (挂牌)', () => {
    it('refuses 销号 where the policy in force requires listing first', () =>
      given(neverListed).when(aSignOffHazard({}, listingRequired)).thenThrows(SupervisionListingRequired));

    it('signs it off under a policy without that rule (earlier editions keep their meaning)', () =>
      given(neverListed).when(aSignOffHazard()).then([aHazardSignedOff()]));

    it('signs off a listed hazard under the rule', () =>
      given(history.reviewedByTwo).when(aSignOffHazard({}, listingRequired)).then([aHazardSignedOff()]));
  });

  describe('when a major hazard is determined (domain.md §8.2: 主要负责人 or 安全总监)', () => {
    const by = (actor: Actor) =>
      aDetermineMajorHazard({ signature: aSignature(actor, MEANING.determination) }, { actor });

    it('refuses an ordinary enterprise staff member', () =>
      given(history.discovered).when(by(staff)).thenThrows(NotAuthorisedForAction));

    it('accepts the safety director', () =>
      given(history.discovered)
        .when(by(safetyDirector))
        .then([
          aMajorHazardDetermined({
            determinedBy: safetyDirector.id,
            signature: aSignature(safetyDirector, MEANING.determination),
          }),
        ]));

    it('refuses an upgrade (一般→重大) by an ordinary staff member', () =>
      given(history.generalDetermined)
        .when(aChangeHazardGrade({}, { actor: staff }))
        .thenThrows(NotAuthorisedForAction));
  });

  describe('when the 销号 is signed (separation of duties, domain.md §9 F.15)', () => {
    it('refuses a signer who reviewed the site', () =>
      given(history.reviewedByTwo)
        .when(
          aSignOffHazard(
            { signature: aSignature(inspectorB, MEANING.signOff) },
            { actor: { ...inspectorB, role: 'supervising_leader' } },
          ),
        )
        .thenThrows(SeparationOfDutiesViolated));

    it('refuses the leader who accepted the plan', () =>
      given(history.reviewedByTwo)
        .when(aSignOffHazard({ signature: aSignature(leader, MEANING.signOff) }, { actor: leader }))
        .thenThrows(SeparationOfDutiesViolated));
  });

  describe('when a major hazard is downgraded (重大→一般)', () => {
    it('refuses the leader who determined it', () =>
      given(determinedByLeader)
        .when(aChangeHazardGrade({ ...downgrade, signature: signedBy(leader) }, { actor: leader }))
        .thenThrows(DowngradeAuthorityRequired));

    it('accepts a second leader, recording grounds, evidence and signature', () =>
      given(determinedByLeader)
        .when(aChangeHazardGrade({ ...downgrade, signature: signedBy(leader2) }, { actor: leader2 }))
        .then([
          aHazardGradeChanged({
            ...downgrade,
            from: 'major',
            clauseId: undefined,
            basicCondition: undefined,
            signature: signedBy(leader2),
            changedBy: leader2.id,
          }),
        ]));

    it('refuses an inspector, whatever they sign', () =>
      given(history.majorDetermined)
        .when(aChangeHazardGrade({ ...downgrade, signature: signedBy(inspectorA) }, { actor: inspectorA }))
        .thenThrows(NotAuthorisedForGradeChange));

    it.each([
      ['technical grounds', { technicalGrounds: ' ' }, FieldRequired],
      ['evidence', { evidence: [] }, EvidenceRequired],
      ['a signature', { signature: undefined }, SignatureRequired],
    ])('refuses a downgrade without %s', (_, missing, error) =>
      given(history.majorDetermined)
        .when(aChangeHazardGrade({ ...downgrade, signature: signedBy(), ...missing }, { actor: leader }))
        .thenThrows(error),
    );
  });

  describe('when a regulator acts, the act is signed', () => {
    it.each([
      [
        'discovery by inspection',
        [],
        aDiscoverHazard(
          { source: 'inspection', linkedRef: { kind: 'inspection', id: 'inspection-1' } },
          { actor: inspectorA },
        ),
      ],
      ['listing for supervision', history.dualReported, aListForSupervision({ signature: undefined })],
      [
        'an extension grant',
        [...history.inRemediation, anExtensionRequested()],
        aGrantExtension({ signature: undefined }),
      ],
      ['an escalation', history.signOffRequested, anEscalateHazard({ signature: undefined })],
      ['a void', history.discovered, aVoidHazard({ signature: undefined })],
    ])('refuses %s without the actor’s signature', (_, past, command) =>
      given(past).when(command).thenThrows(SignatureRequired),
    );

    it('refuses a signature by someone else', () =>
      given(history.dualReported)
        .when(aListForSupervision({ signature: aSignature(principal, MEANING.listing) }))
        .thenThrows(SignatureRequired));
  });
});
