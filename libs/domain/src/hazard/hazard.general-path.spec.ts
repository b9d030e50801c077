import { DeciderSpecification } from '@hazard-ledger/testing';
import { hazardDecider } from './hazard.decider';
import {
  EvidenceRequired,
  FieldRequired,
  InvalidDeadline,
  InvalidHazardTransition,
  JustificationRequired,
  NotAuthorisedForAction,
  ReinspectionRequired,
  SeparationOfDutiesViolated,
  SignatureRequired,
  SuspensionStillInForce,
  UnknownClause,
} from './hazard.errors';
import {
  aCloseHazard,
  aCompleteRectification,
  aConductReinspection,
  actors,
  aDetermineGeneralHazard,
  aGeneralHazardDetermined,
  aHazardClosed,
  aHazardDiscovered,
  anAssignRectification,
  aProductionSuspended,
  aRectificationAssigned,
  aRectificationCompleted,
  aRectificationVerified,
  aRectifiedOnSpot,
  aRectifyOnSpot,
  aReinspectionConducted,
  aSignature,
  aVerifyRectification,
  history,
} from './hazard.fixtures';

const given = DeciderSpecification.for(hazardDecider);
const { staff, staff2, inspectorA } = actors;

describe('Hazard', () => {
  describe('when discovered', () => {
    it('determines a general hazard that cites no major-hazard clause', () =>
      given(history.discovered).when(aDetermineGeneralHazard()).then([aGeneralHazardDetermined()]));

    it('refuses a general grading that cites a major-hazard clause without a justification', () =>
      given(history.discovered)
        .when(aDetermineGeneralHazard({ clauseId: 'MHS2022-UG-20' }))
        .thenThrows(JustificationRequired, (e) => expect((e as JustificationRequired).clauseId).toBe('MHS2022-UG-20')));

    it('records the clause and the justification when a general grading is justified', () => {
      const justification = '仅备用风机未挂牌，主扇运转正常，不构成判定标准情形';
      return given(history.discovered)
        .when(aDetermineGeneralHazard({ clauseId: 'MHS2022-UG-20', justification }))
        .then([aGeneralHazardDetermined({ clauseId: 'MHS2022-UG-20', justification })]);
    });

    it('refuses a general grading citing a clause unknown to the catalogue', () =>
      given(history.discovered)
        .when(aDetermineGeneralHazard({ clauseId: 'GB16423-6.1', justification: 'x' }))
        .thenThrows(UnknownClause));

    it('lets the inspector grade the hazard an inspection found as general', () =>
      given(history.foundByInspector)
        .when(aDetermineGeneralHazard({}, { actor: inspectorA }))
        .then([aGeneralHazardDetermined({ determinedBy: inspectorA.id })]));

    it('does not let the enterprise grade an inspection finding as general', () =>
      given(history.foundByInspector).when(aDetermineGeneralHazard()).thenThrows(NotAuthorisedForAction));
  });

  describe('when determined general', () => {
    it('records an on-the-spot rectification with the after-photo and the rectifier’s signature', () =>
      given(history.generalDetermined).when(aRectifyOnSpot()).then([aRectifiedOnSpot()]));

    it('refuses an on-the-spot rectification without an after-photo', () =>
      given(history.generalDetermined)
        .when(aRectifyOnSpot({ afterEvidence: [] }))
        .thenThrows(EvidenceRequired));

    it('refuses an on-the-spot rectification signed by someone else', () =>
      given(history.generalDetermined)
        .when(aRectifyOnSpot({ signature: aSignature(staff2, 'x') }))
        .thenThrows(SignatureRequired));

    it('assigns the rectification to a person with a deadline', () =>
      given(history.generalDetermined).when(anAssignRectification()).then([aRectificationAssigned()]));

    it('refuses an assignment whose deadline has passed', () =>
      given(history.generalDetermined)
        .when(anAssignRectification({ deadline: '2024-03-09T00:00:00.000Z' }))
        .thenThrows(InvalidDeadline));

    it('refuses an assignment without an assignee', () =>
      given(history.generalDetermined)
        .when(anAssignRectification({ assignee: { id: '', name: '' } }))
        .thenThrows(FieldRequired));
  });

  describe('when the rectification is assigned', () => {
    it('records its completion with evidence', () =>
      given(history.rectificationAssigned).when(aCompleteRectification()).then([aRectificationCompleted()]));

    it('refuses a completion without evidence', () =>
      given(history.rectificationAssigned)
        .when(aCompleteRectification({ evidence: [] }))
        .thenThrows(EvidenceRequired));

    it('cannot be verified before it is completed', () =>
      given(history.rectificationAssigned).when(aVerifyRectification()).thenThrows(InvalidHazardTransition));
  });

  describe('when rectified', () => {
    it('is verified by someone other than the rectifier', () =>
      given(history.rectified).when(aVerifyRectification()).then([aRectificationVerified()]));

    it('refuses verification by the rectifier', () =>
      given(history.rectified)
        .when(aVerifyRectification({}, { actor: staff }))
        .thenThrows(SeparationOfDutiesViolated));
  });

  describe('when verified', () => {
    it('is closed by the enterprise when it found the hazard itself', () =>
      given(history.verified)
        .when(aCloseHazard({}, { actor: staff }))
        .then([aHazardClosed({ closedBy: staff.id })]));

    it('is not closed while a production suspension is in force', () =>
      given([...history.verified, aProductionSuspended()])
        .when(aCloseHazard())
        .thenThrows(SuspensionStillInForce));

    it('needs the regulator’s re-inspection when the regulator ordered the rectification', () =>
      given(history.orderedVerified)
        .when(aCloseHazard({}, { actor: inspectorA }))
        .thenThrows(ReinspectionRequired));

    it('records a passed re-inspection', () =>
      given(history.orderedVerified).when(aConductReinspection()).then([aReinspectionConducted()]));

    it('sends a failed re-inspection back to rectification with a new deadline', () => {
      const failed = { conclusion: 'failed' as const, findings: '未整改到位', newDeadline: '2024-03-25T00:00:00.000Z' };
      return given(history.orderedVerified)
        .when(aConductReinspection(failed))
        .then([aReinspectionConducted(failed)]);
    });

    it('accepts new rectification work after a failed re-inspection', () =>
      given([
        ...history.orderedVerified,
        aReinspectionConducted({ conclusion: 'failed', newDeadline: '2024-03-25T00:00:00.000Z' }),
      ])
        .when(aCompleteRectification())
        .then([aRectificationCompleted()]));

    it('refuses a failed re-inspection without a new deadline', () =>
      given(history.orderedVerified)
        .when(aConductReinspection({ conclusion: 'failed', newDeadline: undefined }))
        .thenThrows(InvalidDeadline));
  });

  describe('when re-inspected', () => {
    it('is closed by the regulator', () =>
      given(history.reinspected)
        .when(aCloseHazard({}, { actor: inspectorA }))
        .then([aHazardClosed({ closedBy: inspectorA.id })]));

    it('is not closed by the enterprise', () =>
      given(history.reinspected)
        .when(aCloseHazard({}, { actor: staff }))
        .thenThrows(NotAuthorisedForAction));
  });

  describe('when rectified on the spot', () => {
    it('is closed without a separate verification', () =>
      given(history.rectifiedOnSpot).when(aCloseHazard()).then([aHazardClosed()]));

    it('still needs the regulator’s re-inspection when an inspector found it', () =>
      given([
        aHazardDiscovered({ source: 'inspection', discoveredBy: inspectorA.id }),
        aGeneralHazardDetermined({ determinedBy: inspectorA.id }),
        aRectifiedOnSpot(),
      ])
        .when(aCloseHazard())
        .thenThrows(ReinspectionRequired));
  });
});
