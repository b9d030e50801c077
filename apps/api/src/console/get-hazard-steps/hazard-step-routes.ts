import { HazardCommandType } from '@hazard-ledger/domain';

/**
 * The route of each hazard command (the controllers' own paths, `{id}` as OpenAPI writes it). A Record over every
 * command type: a new command does not compile until it has its route; the console spec checks each one against
 * the OpenAPI document, so the console's form for a step is the request schema of exactly this operation.
 */
export const HAZARD_STEP_ROUTES: Readonly<Record<HazardCommandType, string>> = {
  DiscoverHazard: '/hazards',
  ReportRecurrence: '/hazards/{id}/recurrences',
  DetermineMajorHazard: '/hazards/{id}/major-determination',
  DetermineGeneralHazard: '/hazards/{id}/general-determination',
  ChangeHazardGrade: '/hazards/{id}/grade-change',
  AmendHazardDescription: '/hazards/{id}/description-amendment',
  AmendHazardLocation: '/hazards/{id}/location-amendment',
  SubmitDualReport: '/hazards/{id}/dual-reports',
  AcknowledgeDualReport: '/hazards/{id}/dual-report-receipts',
  ListForSupervision: '/hazards/{id}/supervision-listing',
  SubmitRemediationPlan: '/hazards/{id}/remediation-plans',
  ReturnRemediationPlan: '/hazards/{id}/remediation-plan-return',
  AcceptRemediationPlan: '/hazards/{id}/remediation-plan-acceptance',
  RecordRemediationProgress: '/hazards/{id}/remediation-progress',
  RequestExtension: '/hazards/{id}/extension-requests',
  GrantExtension: '/hazards/{id}/extension-grant',
  RefuseExtension: '/hazards/{id}/extension-refusal',
  EvaluateRemediation: '/hazards/{id}/evaluation',
  RequestSignOff: '/hazards/{id}/sign-off-request',
  SignSiteReview: '/hazards/{id}/site-reviews',
  SignOffHazard: '/hazards/{id}/sign-off',
  RejectSignOff: '/hazards/{id}/sign-off-rejection',
  EscalateHazard: '/hazards/{id}/escalation',
  CloseHazard: '/hazards/{id}/closure',
  SuspendProduction: '/hazards/{id}/suspension',
  LiftSuspension: '/hazards/{id}/suspension-lifting',
  VoidHazard: '/hazards/{id}/void',
  ApproveVoid: '/hazards/{id}/void-approval',
  RectifyOnSpot: '/hazards/{id}/on-spot-rectification',
  AssignRectification: '/hazards/{id}/rectification-assignment',
  CompleteRectification: '/hazards/{id}/rectification-completion',
  VerifyRectification: '/hazards/{id}/rectification-verification',
  ConductReinspection: '/hazards/{id}/reinspection',
  RevokeSignature: '/hazards/{id}/signature-revocations',
};
