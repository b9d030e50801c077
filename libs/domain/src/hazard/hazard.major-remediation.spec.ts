import { DeciderSpecification } from '@hazard-ledger/testing';
import { hazardDecider } from './hazard.decider';
import {
  DualReportIncomplete,
  ExtensionAlreadyPending,
  FieldRequired,
  InvalidDeadline,
  InvalidHazardTransition,
  NoPendingExtension,
  ReasonRequired,
  SignatureRequired,
} from './hazard.errors';
import {
  aGrantExtension,
  aHazardEscalated,
  anEscalateHazard,
  anEvaluateRemediation,
  anExtensionGranted,
  anExtensionRefused,
  anExtensionRequested,
  aRecordRemediationProgress,
  aRefuseExtension,
  aRemediationEvaluated,
  aRemediationProgressRecorded,
  aRequestExtension,
  aRequestSignOff,
  aSignOffRequested,
  history,
} from './hazard.fixtures';

const given = DeciderSpecification.for(hazardDecider);

describe('Hazard', () => {
  describe('when in remediation', () => {
    it('records progress with evidence', () =>
      given(history.inRemediation).when(aRecordRemediationProgress()).then([aRemediationProgressRecorded()]));

    it('records an extension request against the accepted deadline', () =>
      given(history.inRemediation).when(aRequestExtension()).then([anExtensionRequested()]));

    it('refuses an extension request without a reason', () =>
      given(history.inRemediation)
        .when(aRequestExtension({ reason: '' }))
        .thenThrows(ReasonRequired));

    it('refuses an "extension" that does not move the deadline later', () =>
      given(history.inRemediation)
        .when(aRequestExtension({ newDeadline: '2024-06-01T00:00:00.000Z' }))
        .thenThrows(InvalidDeadline));

    it('refuses a second request while one is pending', () =>
      given([...history.inRemediation, anExtensionRequested()])
        .when(aRequestExtension())
        .thenThrows(ExtensionAlreadyPending));

    it('grants a pending extension, recording the deadline it replaces', () =>
      given([...history.inRemediation, anExtensionRequested()])
        .when(aGrantExtension())
        .then([anExtensionGranted()]));

    it('refuses a grant when nothing was requested', () =>
      given(history.inRemediation).when(aGrantExtension()).thenThrows(NoPendingExtension));

    it('refuses a grant without a reason', () =>
      given([...history.inRemediation, anExtensionRequested()])
        .when(aGrantExtension({ reason: ' ' }))
        .thenThrows(ReasonRequired));

    it('refuses a pending extension with a reason', () =>
      given([...history.inRemediation, anExtensionRequested()])
        .when(aRefuseExtension())
        .then([anExtensionRefused()]));

    it('refuses a refusal without a reason', () =>
      given([...history.inRemediation, anExtensionRequested()])
        .when(aRefuseExtension({ reason: '' }))
        .thenThrows(ReasonRequired));

    it('records a passed evaluation by a qualified evaluator', () =>
      given(history.inRemediation).when(anEvaluateRemediation()).then([aRemediationEvaluated()]));

    it('refuses an evaluation without the evaluator’s qualification', () =>
      given(history.inRemediation)
        .when(anEvaluateRemediation({ evaluator: { name: '某专家组', qualification: '' } }))
        .thenThrows(FieldRequired));

    it('keeps the hazard in remediation after a failed evaluation', () =>
      given([...history.inRemediation, aRemediationEvaluated({ conclusion: 'failed' })])
        .when(aRequestSignOff())
        .thenThrows(InvalidHazardTransition));

    it('escalates to a penalty case naming the company and the individuals', () =>
      given(history.inRemediation).when(anEscalateHazard()).then([aHazardEscalated()]));

    it('refuses an escalation without targets', () =>
      given(history.inRemediation)
        .when(anEscalateHazard({ targets: [] }))
        .thenThrows(FieldRequired));
  });

  describe('when evaluated', () => {
    it('requests sign-off and starts the site-review clock from the policy', () =>
      given(history.evaluated).when(aRequestSignOff()).then([aSignOffRequested()]));

    it('refuses a sign-off request while the workers’ congress has not acknowledged the report', () =>
      given(
        history.evaluated.filter((e) => !(e.type === 'DualReportReceived' && e.data.recipient === 'workers_congress')),
      )
        .when(aRequestSignOff())
        .thenThrows(DualReportIncomplete, (e) =>
          expect((e as DualReportIncomplete).missing).toEqual(['workers_congress']),
        ));

    it('refuses a sign-off request without the principal’s signature', () =>
      given(history.evaluated)
        .when(aRequestSignOff({ signature: undefined }))
        .thenThrows(SignatureRequired));

    it('goes back to remediation when more work is recorded, so sign-off waits for a new evaluation', () =>
      given([...history.evaluated, aRemediationProgressRecorded()])
        .when(aRequestSignOff())
        .thenThrows(InvalidHazardTransition));
  });
});
