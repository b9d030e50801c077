import { AccessRule } from '../shared/access';
import { Role } from '../shared/actor';
import { HazardCommandType } from './hazard.commands';

const ENTERPRISE: Role[] = ['enterprise_staff', 'enterprise_principal', 'enterprise_safety_director'];
const PRINCIPAL: Role[] = ['enterprise_principal'];
/** domain.md §8.2 row 1: the enterprise's 主要负责人 or safety director (安全总监), or the regulator's inspectors. */
const MAJOR_DETERMINERS: Role[] = [
  'enterprise_principal',
  'enterprise_safety_director',
  'inspector',
  'supervising_leader',
];
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
  DetermineMajorHazard: { roles: MAJOR_DETERMINERS },
  DetermineGeneralHazard: { roles: FINDERS },
  // An upgrade is a major-hazard determination; a downgrade is narrowed further to a leader by `decide`.
  ChangeHazardGrade: { roles: MAJOR_DETERMINERS },
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
  ApproveVoid: { roles: LEADER },
  RectifyOnSpot: { roles: ENTERPRISE },
  AssignRectification: { roles: FINDERS },
  CompleteRectification: { roles: ENTERPRISE },
  VerifyRectification: { roles: ENTERPRISE },
  ConductReinspection: { roles: REGULATOR },
  RevokeSignature: { roles: FINDERS },
});
