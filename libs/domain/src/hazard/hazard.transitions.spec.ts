import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { fold } from '../shared/decider';
import { hazardCommandAccess } from './hazard.access';
import { HazardCommandType } from './hazard.commands';
import { hazardDecider } from './hazard.decider';
import {
  HazardAlreadyExists,
  HazardIdMismatch,
  InvalidHazardTransition,
  NotAuthorisedForAction,
} from './hazard.errors';
import { HazardStatus } from './hazard.state';
import { aCommandOfType, anActorWithRole, history } from './hazard.fixtures';

const given = DeciderSpecification.for(hazardDecider);

const ANY_OPEN: HazardCommandType[] = [
  'AmendHazardDescription',
  'AmendHazardLocation',
  'VoidHazard',
  'ApproveVoid',
  'RevokeSignature',
  'LiftSuspension',
];
const BEFORE_SIGN_OFF: HazardCommandType[] = [...ANY_OPEN, 'SuspendProduction'];
const MAJOR_OVERLAY: HazardCommandType[] = [
  ...BEFORE_SIGN_OFF,
  'SubmitDualReport',
  'AcknowledgeDualReport',
  'ListForSupervision',
];
const GENERAL: HazardCommandType[] = [...BEFORE_SIGN_OFF, 'ChangeHazardGrade'];
const EXTENSIONS: HazardCommandType[] = ['RequestExtension', 'GrantExtension', 'RefuseExtension'];

/** The lifecycle of domain.md §8, written out independently of the code: what each state accepts. */
const ACCEPTS: Record<HazardStatus, HazardCommandType[]> = {
  not_discovered: ['DiscoverHazard', 'ReportRecurrence'],
  discovered: [...BEFORE_SIGN_OFF, 'DetermineMajorHazard', 'DetermineGeneralHazard'],
  major_determined: [...MAJOR_OVERLAY, 'ChangeHazardGrade', 'SubmitRemediationPlan'],
  plan_submitted: [
    ...MAJOR_OVERLAY,
    'ChangeHazardGrade',
    'SubmitRemediationPlan',
    'ReturnRemediationPlan',
    'AcceptRemediationPlan',
  ],
  plan_returned: [...MAJOR_OVERLAY, 'ChangeHazardGrade', 'SubmitRemediationPlan'],
  in_remediation: [
    ...MAJOR_OVERLAY,
    ...EXTENSIONS,
    'ChangeHazardGrade',
    'RecordRemediationProgress',
    'EvaluateRemediation',
    'EscalateHazard',
  ],
  evaluated: [
    ...MAJOR_OVERLAY,
    ...EXTENSIONS,
    'ChangeHazardGrade',
    'RecordRemediationProgress',
    'RequestSignOff',
    'EscalateHazard',
  ],
  sign_off_requested: [...MAJOR_OVERLAY, 'SignSiteReview', 'SignOffHazard', 'RejectSignOff', 'EscalateHazard'],
  signed_off: [...ANY_OPEN, 'CloseHazard'],
  escalated: [...MAJOR_OVERLAY, 'RecordRemediationProgress', 'CloseHazard'],
  general_determined: [...GENERAL, 'RectifyOnSpot', 'AssignRectification'],
  rectified_on_spot: [...GENERAL, 'ConductReinspection', 'CloseHazard'],
  rectification_assigned: [...GENERAL, 'CompleteRectification'],
  rectified: [...GENERAL, 'VerifyRectification'],
  verified: [...GENERAL, 'ConductReinspection', 'CloseHazard'],
  reinspected: [...GENERAL, 'CloseHazard'],
  closed: [],
  voided: [],
};

const COMMAND_TYPES = Object.keys(aCommandOfType) as HazardCommandType[];
const STATUSES = Object.keys(ACCEPTS) as HazardStatus[];
const CREATION: HazardCommandType[] = ['DiscoverHazard', 'ReportRecurrence'];

describe('Hazard', () => {
  it('replays each fixture history into the state it is named after', () => {
    for (const status of STATUSES) expect(fold(hazardDecider, history.historyOf[status]).status).toBe(status);
  });

  it('refuses a command addressed to another hazard', () =>
    given(history.inRemediation)
      .when({
        ...aCommandOfType.RecordRemediationProgress(),
        data: { ...aCommandOfType.RecordRemediationProgress().data, hazardId: 'hazard-9' },
      })
      .thenThrows(HazardIdMismatch));

  describe.each(STATUSES)('when %s', (status) => {
    const refused = COMMAND_TYPES.filter((type) => !ACCEPTS[status].includes(type));

    it.each(refused)('refuses %s', (type) => {
      const expected = CREATION.includes(type) ? HazardAlreadyExists : InvalidHazardTransition;
      given(history.historyOf[status])
        .when(aCommandOfType[type]())
        .thenThrows(expected, (e) => {
          if (e instanceof InvalidHazardTransition) expect([e.status, e.commandType]).toEqual([status, type]);
        });
    });

    const accepted = ACCEPTS[status];
    if (accepted.length === 0) return;
    it.each(accepted)('does not treat %s as an illegal transition', (type) => {
      const decide = () => hazardDecider.decide(aCommandOfType[type](), fold(hazardDecider, history.historyOf[status]));
      expect(() => {
        try {
          decide();
        } catch (e) {
          if (e instanceof InvalidHazardTransition || e instanceof HazardAlreadyExists) throw e;
        }
      }).not.toThrow();
    });
  });

  describe('access', () => {
    it('gives auditors, investigators and the three administrators no command at all', () => {
      const silent = ['auditor', 'investigator', 'system_admin', 'security_admin', 'audit_admin'];
      for (const rule of Object.values(hazardCommandAccess))
        expect(rule.roles.filter((r) => silent.includes(r))).toEqual([]);
    });

    const cases = COMMAND_TYPES.flatMap((type) =>
      ROLES.filter((role) => !hazardCommandAccess[type].roles.includes(role)).map((role) => [type, role] as const),
    );

    it.each(cases)('refuses %s from a %s', (type, role) => {
      const where = STATUSES.find((status) => ACCEPTS[status].includes(type)) ?? 'not_discovered';
      given(history.historyOf[where])
        .when(aCommandOfType[type]({ actor: anActorWithRole(role) }))
        .thenThrows(NotAuthorisedForAction);
    });
  });
});
