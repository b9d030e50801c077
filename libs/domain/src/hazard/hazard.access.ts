import { AccessRule } from '../shared/access';
import { Role } from '../shared/actor';
import { HazardCommandType } from './hazard.commands';

const ENTERPRISE: Role[] = ['enterprise_staff', 'enterprise_principal'];
const PRINCIPAL: Role[] = ['enterprise_principal'];
const REGULATOR: Role[] = ['inspector', 'supervising_leader'];
const LEADER: Role[] = ['supervising_leader'];
const FINDERS: Role[] = [...ENTERPRISE, ...REGULATOR];

/**
 * Who may issue each hazard command; auditors, investigators and the three administrators issue none.
 * `decide` enforces it too, and narrows some rules further on the hazard's own facts (e.g. only a leader downgrades).
 */
export const hazardCommandAccess: Readonly<Record<HazardCommandType, AccessRule>> = Object.freeze({
  DiscoverHazard: { roles: FINDERS },
  ReportRecurrence: { roles: FINDERS },
  DetermineMajorHazard: { roles: FINDERS },
  DetermineGeneralHazard: { roles: FINDERS },
  ChangeHazardGrade: { roles: FINDERS },
  AmendHazardDescription: { roles: FINDERS },
  AmendHazardLocation: { roles: FINDERS },
  SubmitDualReport: { roles: PRINCIPAL },
  AcknowledgeDualReport: { roles: [...REGULATOR, 'workers_congress_rep'] },
  ListForSupervision: { roles: LEADER },
  SubmitRemediationPlan: { roles: ENTERPRISE },
  ReturnRemediationPlan: { roles: REGULATOR },
  AcceptRemediationPlan: { roles: LEADER },
  RecordRemediationProgress: { roles: ENTERPRISE },
  RequestExtension: { roles: ENTERPRISE },
  GrantExtension: { roles: LEADER },
  RefuseExtension: { roles: REGULATOR },
  EvaluateRemediation: { roles: ENTERPRISE },
  RequestSignOff: { roles: PRINCIPAL },
  SignSiteReview: { roles: REGULATOR },
  SignOffHazard: { roles: LEADER },
  RejectSignOff: { roles: REGULATOR },
  EscalateHazard: { roles: LEADER },
  CloseHazard: { roles: FINDERS },
  // A regulator's 停产整顿 is one fact on the mine (POST /mines/:id/suspension, naming the hazards): not here.
  SuspendProduction: { roles: [...PRINCIPAL] },
  LiftSuspension: { roles: [...PRINCIPAL, ...LEADER] },
  VoidHazard: { roles: LEADER },
  RectifyOnSpot: { roles: ENTERPRISE },
  AssignRectification: { roles: FINDERS },
  CompleteRectification: { roles: ENTERPRISE },
  VerifyRectification: { roles: ENTERPRISE },
  ConductReinspection: { roles: REGULATOR },
  RevokeSignature: { roles: FINDERS },
});
