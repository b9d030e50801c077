import { DeciderSpecification } from '@hazard-ledger/testing';
import { hazardDecider } from './hazard.decider';
import {
  AmendmentUnchanged,
  EarlierHazardNotClosed,
  EvidenceRequired,
  FieldRequired,
  GradeUnchanged,
  HazardAlreadyExists,
  InvalidHazardTransition,
  NotAuthorisedForAction,
  NotAuthorisedForGradeChange,
  NotAuthorisedToVoid,
  ReasonRequired,
  SuspensionStillInForce,
  UnknownClause,
} from './hazard.errors';
import {
  aChangeHazardGrade,
  actors,
  aDualReportSubmitted,
  aHazardDescriptionAmended,
  aHazardDiscovered,
  aHazardGradeChanged,
  aHazardLocationAmended,
  aHazardRecurred,
  aHazardVoided,
  aHazardVoidRequested,
  anAmendHazardDescription,
  anAmendHazardLocation,
  aProductionSuspended,
  aReportRecurrence,
  aSubmitDualReport,
  aSignature,
  aVoidHazard,
  anEvidence,
  history,
  MEANING,
} from './hazard.fixtures';

const given = DeciderSpecification.for(hazardDecider);
const { principal, inspectorA, leader } = actors;
const downgrade = {
  to: 'general' as const,
  clauseId: undefined,
  reason: '经专家论证，主扇运转正常，仅备用电机缺失 / experts found the fan running',
  technicalGrounds: '专家组现场测定风量满足设计要求 / measured airflow meets the design',
  evidence: [anEvidence('expert-opinion.pdf')],
  signature: aSignature(actors.leader, MEANING.downgrade),
};

describe('Hazard', () => {
  describe('when its grade changes (domain.md §8.4)', () => {
    it('is upgraded by an inspector citing the clause, with the catalogue and policy versions', () =>
      given(history.generalDetermined).when(aChangeHazardGrade()).then([aHazardGradeChanged()]));

    it('is upgraded by the enterprise’s principal (an upgrade is a determination, domain.md §8.2)', () =>
      given(history.rectificationAssigned)
        .when(aChangeHazardGrade({}, { actor: principal }))
        .then([
          aHazardGradeChanged({ changedBy: principal.id, signature: aSignature(principal, MEANING.determination) }),
        ]));

    it('starts the 双报告 clock from the upgrade', () =>
      given([...history.generalDetermined, aHazardGradeChanged({ changedAt: '2024-03-10T00:00:00.000Z' })])
        .when(aSubmitDualReport())
        .then([aDualReportSubmitted({ dueBy: '2024-03-11T00:00:00.000Z' })]));

    it('refuses an upgrade without a clause', () =>
      given(history.generalDetermined)
        .when(aChangeHazardGrade({ clauseId: undefined }))
        .thenThrows(FieldRequired));

    it('refuses an upgrade citing an unknown clause', () =>
      given(history.generalDetermined)
        .when(aChangeHazardGrade({ clauseId: 'MHS2022-UG-77' }))
        .thenThrows(UnknownClause));

    it('refuses a downgrade by an inspector', () =>
      given(history.majorDetermined).when(aChangeHazardGrade(downgrade)).thenThrows(NotAuthorisedForGradeChange));

    it('refuses a downgrade by the enterprise', () =>
      given(history.inRemediation)
        .when(aChangeHazardGrade(downgrade, { actor: principal }))
        .thenThrows(NotAuthorisedForGradeChange));

    it('is downgraded by the supervising leader with technical grounds', () =>
      given(history.inRemediation)
        .when(aChangeHazardGrade(downgrade, { actor: leader }))
        .then([aHazardGradeChanged({ ...downgrade, from: 'major', basicCondition: undefined, changedBy: leader.id })]));

    it('refuses a downgrade without grounds', () =>
      given(history.majorDetermined)
        .when(aChangeHazardGrade({ ...downgrade, reason: ' ' }, { actor: leader }))
        .thenThrows(ReasonRequired));

    it('refuses a "change" to the grade it already has', () =>
      given(history.majorDetermined).when(aChangeHazardGrade()).thenThrows(GradeUnchanged));

    it('is frozen while the regulator reviews a sign-off request', () =>
      given(history.signOffRequested)
        .when(aChangeHazardGrade(downgrade, { actor: leader }))
        .thenThrows(InvalidHazardTransition));
  });

  describe('when its record is amended (修改留痕)', () => {
    it('records the new description with the previous one and the reason', () =>
      given(history.discovered).when(anAmendHazardDescription()).then([aHazardDescriptionAmended()]));

    it('records the new location with the previous one and the reason', () =>
      given(history.inRemediation).when(anAmendHazardLocation()).then([aHazardLocationAmended()]));

    it('takes the previous value from the latest amendment', () =>
      given([...history.discovered, aHazardDescriptionAmended()])
        .when(anAmendHazardDescription({ next: '第三版描述' }))
        .then([
          aHazardDescriptionAmended({ previous: '采场东侧安全出口被废石完全堵塞，梯子间损坏', next: '第三版描述' }),
        ]));

    it('refuses an amendment without a reason', () =>
      given(history.discovered)
        .when(anAmendHazardDescription({ reason: '' }))
        .thenThrows(ReasonRequired));

    it('refuses an amendment that changes nothing', () =>
      given(history.discovered)
        .when(anAmendHazardDescription({ next: '采场东侧安全出口被废石堵塞' }))
        .thenThrows(AmendmentUnchanged));

    it('does not let the enterprise reword a regulator’s finding', () =>
      given(history.foundByInspector).when(anAmendHazardDescription()).thenThrows(NotAuthorisedForAction));

    it('lets the regulator amend its own finding', () =>
      given(history.foundByInspector)
        .when(anAmendHazardDescription({}, { actor: inspectorA }))
        .then([aHazardDescriptionAmended({ amendedBy: inspectorA.id })]));
  });

  describe('when voided', () => {
    it('is voided by a supervising leader with reason and evidence (a hazard not graded major)', () =>
      given(history.generalDetermined).when(aVoidHazard()).then([aHazardVoided()]));

    it('is only requested for a major hazard: a second leader approves (ADR 20261207-two-leader-void)', () =>
      given(history.inRemediation).when(aVoidHazard()).then([aHazardVoidRequested()]));

    it('is not voided by the leader who recorded it', () =>
      given([aHazardDiscovered({ source: 'inspection', discoveredBy: leader.id })])
        .when(aVoidHazard())
        .thenThrows(NotAuthorisedToVoid));

    it('is not voided without a reason', () =>
      given(history.discovered)
        .when(aVoidHazard({ reason: '' }))
        .thenThrows(ReasonRequired));

    it('is not voided without evidence', () =>
      given(history.discovered)
        .when(aVoidHazard({ evidence: [] }))
        .thenThrows(EvidenceRequired));

    it('is not voided while a production suspension is in force', () =>
      given([...history.discovered, aProductionSuspended()])
        .when(aVoidHazard())
        .thenThrows(SuspensionStillInForce));

    it('is not voided by an inspector', () =>
      given(history.discovered)
        .when(aVoidHazard({}, { actor: inspectorA }))
        .thenThrows(NotAuthorisedForAction));

    it('accepts nothing further once voided', () =>
      given(history.voided).when(anAmendHazardDescription()).thenThrows(InvalidHazardTransition));
  });

  describe('when it recurs', () => {
    it('starts a new hazard linked to the closed one it repeats', () =>
      given([]).when(aReportRecurrence()).then([aHazardDiscovered(), aHazardRecurred()]));

    it('refuses to link to an earlier hazard that is not closed', () =>
      given([])
        .when(aReportRecurrence({ earlier: { hazardId: 'hazard-0', status: 'in_remediation' } }))
        .thenThrows(EarlierHazardNotClosed));

    it('refuses a recurrence on a stream that already holds a hazard', () =>
      given(history.discovered).when(aReportRecurrence()).thenThrows(HazardAlreadyExists));
  });
});
