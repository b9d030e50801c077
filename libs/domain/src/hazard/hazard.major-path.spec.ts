import { DeciderSpecification } from '@hazard-ledger/testing';
import { hazardDecider } from './hazard.decider';
import {
  FieldRequired,
  InvalidDeadline,
  NotAuthorisedForAction,
  PlanIncomplete,
  ReasonRequired,
  ReportAlreadyAcknowledged,
  ReportContentIncomplete,
  ReportHashMismatch,
  SignatureRequired,
  SupervisionAlreadyListed,
} from './hazard.errors';
import {
  actors,
  aDualReportReceived,
  aDualReportSubmitted,
  aListForSupervision,
  anAcceptRemediationPlan,
  anAcknowledgeDualReport,
  aRemediationPlanAccepted,
  aRemediationPlanReturned,
  aRemediationPlanSubmitted,
  aReturnRemediationPlan,
  aSignature,
  aSubmitDualReport,
  aSubmitRemediationPlan,
  aSupervisionListed,
  history,
} from './hazard.fixtures';

const given = DeciderSpecification.for(hazardDecider);

describe('Hazard', () => {
  describe('when determined major (双报告)', () => {
    it('submits the signed report to the regulator, due within the policy’s hours of the determination', () =>
      given(history.majorDetermined)
        .when(aSubmitDualReport())
        .then([aDualReportSubmitted({ dueBy: '2024-03-11T09:00:00.000Z' })]));

    it('submits the report to the workers’ congress with its own deadline', () =>
      given(history.majorDetermined)
        .when(aSubmitDualReport({ recipient: 'workers_congress' }))
        .then([aDualReportSubmitted({ recipient: 'workers_congress', dueBy: '2024-03-13T09:00:00.000Z' })]));

    it('numbers a revised report as the next version for that recipient', () =>
      given([...history.majorDetermined, aDualReportSubmitted()])
        .when(aSubmitDualReport({ reportHash: 'sm3:v2' }))
        .then([aDualReportSubmitted({ reportVersion: 2, reportHash: 'sm3:v2' })]));

    it('refuses a report that lacks one of the three 16号令 contents', () =>
      given(history.majorDetermined)
        .when(
          aSubmitDualReport({ content: { currentState: '…', cause: '', severityAnalysis: '…', remediationPlan: '…' } }),
        )
        .thenThrows(ReportContentIncomplete, (e) => expect((e as ReportContentIncomplete).missing).toEqual(['cause'])));

    it('refuses a report whose signature covers another version', () =>
      given(history.majorDetermined)
        .when(aSubmitDualReport({ signature: aSignature(actors.principal, 'x', 'sm3:other') }))
        .thenThrows(SignatureRequired));

    it('records the regulator’s receipt bound to the report hash', () =>
      given([...history.majorDetermined, aDualReportSubmitted()])
        .when(anAcknowledgeDualReport())
        .then([aDualReportReceived()]));

    it('records the workers’ congress receipt by its representative', () =>
      given([...history.majorDetermined, aDualReportSubmitted({ recipient: 'workers_congress' })])
        .when(
          anAcknowledgeDualReport(
            { recipient: 'workers_congress', reportHash: 'sm3:report-to-congress-v1' },
            { actor: actors.congressRep },
          ),
        )
        .then([aDualReportReceived({ recipient: 'workers_congress' })]));

    it('refuses an inspector acknowledging on behalf of the workers’ congress', () =>
      given([...history.majorDetermined, aDualReportSubmitted({ recipient: 'workers_congress' })])
        .when(anAcknowledgeDualReport({ recipient: 'workers_congress', reportHash: 'sm3:report-to-congress-v1' }))
        .thenThrows(NotAuthorisedForAction));

    it('refuses a congress representative acknowledging for the regulator', () =>
      given([...history.majorDetermined, aDualReportSubmitted()])
        .when(anAcknowledgeDualReport({}, { actor: actors.congressRep }))
        .thenThrows(NotAuthorisedForAction));

    it('refuses a receipt bound to a superseded report version', () =>
      given([
        ...history.majorDetermined,
        aDualReportSubmitted(),
        aDualReportSubmitted({ reportVersion: 2, reportHash: 'sm3:v2' }),
      ])
        .when(anAcknowledgeDualReport())
        .thenThrows(ReportHashMismatch, (e) => expect((e as ReportHashMismatch).expected).toBe('sm3:v2')));

    it('refuses a receipt when nothing was reported to that recipient', () =>
      given(history.majorDetermined).when(anAcknowledgeDualReport()).thenThrows(ReportHashMismatch));

    it('refuses acknowledging the same version twice', () =>
      given([...history.majorDetermined, aDualReportSubmitted(), aDualReportReceived()])
        .when(anAcknowledgeDualReport({}, { actor: actors.inspectorB }))
        .thenThrows(ReportAlreadyAcknowledged));
  });

  describe('when determined major (挂牌督办)', () => {
    it('lists the hazard for supervision without waiting for the reports, citing the policy', () =>
      given(history.majorDetermined).when(aListForSupervision()).then([aSupervisionListed()]));

    it('refuses a supervision deadline beyond the policy’s maximum', () =>
      given(history.majorDetermined)
        .when(aListForSupervision({ deadline: '2025-03-11T00:00:00.000Z' }))
        .thenThrows(InvalidDeadline));

    it('refuses a supervision deadline in the past', () =>
      given(history.majorDetermined)
        .when(aListForSupervision({ deadline: '2024-03-01T00:00:00.000Z' }))
        .thenThrows(InvalidDeadline));

    it('refuses a listing without a notice number', () =>
      given(history.majorDetermined)
        .when(aListForSupervision({ noticeNo: '' }))
        .thenThrows(FieldRequired));

    it('refuses listing the same hazard twice', () =>
      given(history.listed).when(aListForSupervision()).thenThrows(SupervisionAlreadyListed));
  });

  describe('when determined major (五落实)', () => {
    it('records the five-point plan as version 1 with its contributors', () =>
      given(history.listed).when(aSubmitRemediationPlan()).then([aRemediationPlanSubmitted()]));

    it('refuses a plan without funds, naming 资金', () =>
      given(history.listed)
        .when(aSubmitRemediationPlan({ funds: undefined }))
        .thenThrows(PlanIncomplete, (e) => {
          expect((e as PlanIncomplete).missing).toEqual(['funds']);
          expect((e as PlanIncomplete).messageZh).toContain('资金');
        }));

    it('names every one of the five items that is missing', () =>
      given(history.listed)
        .when(
          aSubmitRemediationPlan({
            responsibility: { unit: '采矿车间' },
            measures: [' '],
            funds: { amount: 0, source: 'x' },
            deadline: undefined,
            contingencyPlan: '',
          }),
        )
        .thenThrows(PlanIncomplete, (e) =>
          expect((e as PlanIncomplete).missing).toEqual([
            'responsibility',
            'measures',
            'funds',
            'deadline',
            'contingencyPlan',
          ]),
        ));

    it('refuses a plan deadline later than the supervision deadline', () =>
      given(history.listed)
        .when(aSubmitRemediationPlan({ deadline: '2024-09-30T00:00:00.000Z' }))
        .thenThrows(InvalidDeadline));

    it('refuses a plan deadline in the past', () =>
      given(history.listed)
        .when(aSubmitRemediationPlan({ deadline: '2024-03-01T00:00:00.000Z' }))
        .thenThrows(InvalidDeadline));
  });

  describe('when a plan is submitted', () => {
    it('lets the regulator return it with a reason', () =>
      given(history.planSubmitted).when(aReturnRemediationPlan()).then([aRemediationPlanReturned()]));

    it('refuses a return without a reason', () =>
      given(history.planSubmitted)
        .when(aReturnRemediationPlan({ reason: ' ' }))
        .thenThrows(ReasonRequired));

    it('accepts the plan, which fixes the remediation deadline', () =>
      given(history.planSubmitted).when(anAcceptRemediationPlan()).then([aRemediationPlanAccepted()]));

    it('takes a revised plan as the next version before the regulator decides', () =>
      given(history.planSubmitted)
        .when(aSubmitRemediationPlan())
        .then([aRemediationPlanSubmitted({ planVersion: 2 })]));
  });

  describe('when a plan is returned', () => {
    it('takes the resubmitted plan as version 2', () =>
      given(history.planReturned)
        .when(aSubmitRemediationPlan())
        .then([aRemediationPlanSubmitted({ planVersion: 2 })]));
  });

  it('records each decision at the server time of the command', () =>
    given(history.majorDetermined)
      .when(aListForSupervision({}, { now: '2024-03-11T00:00:00.000Z' }))
      .then([aSupervisionListed({ listedAt: '2024-03-11T00:00:00.000Z' })]));
});
