import { HazardCommandType, HazardEventType, KnownStatus } from '@hazard-ledger/domain';

/**
 * Test oracle for the generator specs, written from docs/event-catalog.md §3 (the statuses `decide` accepts each
 * command in), independently of the generator: an event outside its set would have been refused.
 */
const MAJOR_GRADABLE: KnownStatus[] = [
  'major_determined',
  'plan_submitted',
  'plan_returned',
  'in_remediation',
  'evaluated',
];
const MAJOR_OPEN: KnownStatus[] = [...MAJOR_GRADABLE, 'sign_off_requested', 'escalated'];
const GENERAL: KnownStatus[] = [
  'general_determined',
  'rectified_on_spot',
  'rectification_assigned',
  'rectified',
  'verified',
  'reinspected',
];
const OPEN: KnownStatus[] = ['discovered', ...MAJOR_OPEN, 'signed_off', ...GENERAL];
const WORKING: KnownStatus[] = ['in_remediation', 'evaluated'];

export const ALLOWED_FROM: Record<HazardEventType, readonly (KnownStatus | 'not_discovered')[]> = {
  HazardDiscovered: ['not_discovered'],
  HazardRecurred: ['discovered'],
  MajorHazardDetermined: ['discovered'],
  GeneralHazardDetermined: ['discovered'],
  HazardGradeChanged: [...MAJOR_GRADABLE, ...GENERAL],
  HazardDescriptionAmended: OPEN,
  HazardLocationAmended: OPEN,
  HazardClosed: ['signed_off', 'escalated', 'verified', 'rectified_on_spot', 'reinspected'],
  ProductionSuspended: OPEN.filter((s) => s !== 'signed_off'),
  SuspensionLifted: OPEN,
  HazardVoided: OPEN,
  SignatureRevoked: OPEN,
  DualReportSubmitted: MAJOR_OPEN,
  DualReportReceived: MAJOR_OPEN,
  SupervisionListed: MAJOR_OPEN,
  RemediationPlanSubmitted: ['major_determined', 'plan_submitted', 'plan_returned'],
  RemediationPlanReturned: ['plan_submitted'],
  RemediationPlanAccepted: ['plan_submitted'],
  RemediationProgressRecorded: [...WORKING, 'escalated'],
  ExtensionRequested: WORKING,
  ExtensionGranted: WORKING,
  ExtensionRefused: WORKING,
  RemediationEvaluated: ['in_remediation'],
  SignOffRequested: ['evaluated'],
  SiteReviewSigned: ['sign_off_requested'],
  HazardSignedOff: ['sign_off_requested'],
  SignOffRejected: ['sign_off_requested'],
  HazardEscalated: ['in_remediation', 'evaluated', 'sign_off_requested'],
  RectifiedOnSpot: ['general_determined'],
  RectificationAssigned: ['general_determined'],
  RectificationCompleted: ['rectification_assigned'],
  RectificationVerified: ['rectified'],
  ReinspectionConducted: ['verified', 'rectified_on_spot'],
};

/** The command whose decision writes each event (whose access rule the actor's role must pass). */
export const COMMAND_OF: Record<HazardEventType, HazardCommandType> = {
  HazardDiscovered: 'DiscoverHazard',
  HazardRecurred: 'ReportRecurrence',
  MajorHazardDetermined: 'DetermineMajorHazard',
  GeneralHazardDetermined: 'DetermineGeneralHazard',
  HazardGradeChanged: 'ChangeHazardGrade',
  HazardDescriptionAmended: 'AmendHazardDescription',
  HazardLocationAmended: 'AmendHazardLocation',
  HazardClosed: 'CloseHazard',
  ProductionSuspended: 'SuspendProduction',
  SuspensionLifted: 'LiftSuspension',
  HazardVoided: 'VoidHazard',
  SignatureRevoked: 'RevokeSignature',
  DualReportSubmitted: 'SubmitDualReport',
  DualReportReceived: 'AcknowledgeDualReport',
  SupervisionListed: 'ListForSupervision',
  RemediationPlanSubmitted: 'SubmitRemediationPlan',
  RemediationPlanReturned: 'ReturnRemediationPlan',
  RemediationPlanAccepted: 'AcceptRemediationPlan',
  RemediationProgressRecorded: 'RecordRemediationProgress',
  ExtensionRequested: 'RequestExtension',
  ExtensionGranted: 'GrantExtension',
  ExtensionRefused: 'RefuseExtension',
  RemediationEvaluated: 'EvaluateRemediation',
  SignOffRequested: 'RequestSignOff',
  SiteReviewSigned: 'SignSiteReview',
  HazardSignedOff: 'SignOffHazard',
  SignOffRejected: 'RejectSignOff',
  HazardEscalated: 'EscalateHazard',
  RectifiedOnSpot: 'RectifyOnSpot',
  RectificationAssigned: 'AssignRectification',
  RectificationCompleted: 'CompleteRectification',
  RectificationVerified: 'VerifyRectification',
  ReinspectionConducted: 'ConductReinspection',
};
