import { signatureContentHash } from '@hazard-ledger/auth';
import {
  HazardCommandType,
  MineCommandType,
  hazardCommandAccess,
  mineCommandAccess,
  streams,
} from '@hazard-ledger/domain';
import { dualReportDocument } from '../../../apps/api/src/hazards/submit-dual-report/dual-report-document';
import { finding, hazardRequests, reportContent } from '../../support/hazard-requests';
import { mineRequests } from '../../support/mine-requests';

type Ids = Record<string, string>;

export interface JourneyStep {
  command: HazardCommandType | MineCommandType;
  as: string;
  path: (ids: Ids) => string;
  body: (ids: Ids) => object;
  /** The name under which the created record's id is kept for later steps. */
  creates?: string;
  /** The streams the command must read, each exactly once. */
  reads: (ids: Ids) => string[];
}

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();
const MINE = 'mine-demo-1';

/** A command on an existing hazard: its stream and its mine's stream, one read each. */
const on = (hazard: string, command: HazardCommandType, as: string, body?: (ids: Ids) => object): JourneyStep => ({
  command,
  as,
  path: (ids) => hazardRequests[command].path(ids[hazard]),
  body: body ?? (() => hazardRequests[command].body()),
  reads: (ids) => [streams.hazard(ids[hazard]), streams.mine(MINE)],
});

const discover = (hazard: string, as: string): JourneyStep => ({
  command: 'DiscoverHazard',
  as,
  path: () => '/hazards',
  body: () => hazardRequests.DiscoverHazard.body(MINE),
  creates: hazard,
  reads: (ids) => [streams.hazard(ids[hazard]), streams.mine(MINE)],
});

const onMine = (command: MineCommandType, as = 'leader.wang'): JourneyStep => ({
  command,
  as,
  path: (ids) => mineRequests[command].path(ids.mine),
  body: (ids) => mineRequests[command].body('140404', ids.mine),
  reads: (ids) => [streams.mine(ids.mine)],
});

const report = (recipient: 'regulator' | 'workers_congress', password: string) => () => ({
  recipient,
  content: reportContent(),
  password,
});
const receipt = (recipient: 'regulator' | 'workers_congress') => (ids: Ids) => ({
  recipient,
  reportHash: signatureContentHash(dualReportDocument(ids.major, recipient, reportContent())),
});

/** A major hazard through every step of its path. */
const majorPath = (password: string): JourneyStep[] => [
  discover('major', 'enterprise.staff'),
  on('major', 'AmendHazardDescription', 'enterprise.staff'),
  on('major', 'AmendHazardLocation', 'enterprise.staff'),
  on('major', 'DetermineMajorHazard', 'enterprise.principal'),
  on('major', 'SuspendProduction', 'enterprise.principal'),
  on('major', 'LiftSuspension', 'leader.wang'),
  on('major', 'SubmitDualReport', 'enterprise.principal', report('regulator', password)),
  on('major', 'AcknowledgeDualReport', 'inspector.zhang', receipt('regulator')),
  on('major', 'SubmitDualReport', 'enterprise.principal', report('workers_congress', password)),
  on('major', 'AcknowledgeDualReport', 'congress.rep', receipt('workers_congress')),
  on('major', 'ListForSupervision', 'leader.wang'),
  on('major', 'SubmitRemediationPlan', 'enterprise.principal'),
  on('major', 'ReturnRemediationPlan', 'leader.wang'),
  on('major', 'SubmitRemediationPlan', 'enterprise.principal'),
  on('major', 'AcceptRemediationPlan', 'leader.wang'),
  on('major', 'RecordRemediationProgress', 'enterprise.principal'),
  on('major', 'RequestExtension', 'enterprise.principal'),
  on('major', 'GrantExtension', 'leader.wang'),
  on('major', 'RequestExtension', 'enterprise.principal', () => ({ newDeadline: inDays(250), reason: '再次 / again' })),
  on('major', 'RefuseExtension', 'leader.wang'),
  on('major', 'EvaluateRemediation', 'enterprise.staff'),
  on('major', 'RequestSignOff', 'enterprise.principal'),
  on('major', 'SignSiteReview', 'inspector.zhang'),
  on('major', 'RevokeSignature', 'inspector.zhang', () => ({
    signatureRef: { eventType: 'SiteReviewSigned', signerId: 'u-inspector-zhang' },
    reason: '误签 / signed in error',
  })),
  // Whoever rejects re-times the plan and may not review it later: a leader already on the plan rejects.
  on('major', 'RejectSignOff', 'leader.wang'),
  on('major', 'EvaluateRemediation', 'enterprise.staff'),
  on('major', 'RequestSignOff', 'enterprise.principal'),
  on('major', 'SignSiteReview', 'inspector.zhang'),
  on('major', 'SignSiteReview', 'inspector.li'),
  // The leader who accepted the plan may not sign the 销号 (separation of duties): a second leader does.
  on('major', 'SignOffHazard', 'leader.zhao'),
  on('major', 'CloseHazard', 'leader.wang'),
  {
    command: 'ReportRecurrence',
    as: 'enterprise.staff',
    path: (ids) => `/hazards/${ids.major}/recurrences`,
    body: () => finding(),
    creates: 'recurrence',
    // The earlier hazard (status, mine, closing date), the new stream, and the mine: one read each.
    reads: (ids) => [streams.hazard(ids.major), streams.hazard(ids.recurrence), streams.mine(MINE)],
  },
];

/** The general path, a rejected sign-off, an escalation, an on-the-spot rectification and a voided record. */
const otherPaths = (): JourneyStep[] => [
  discover('general', 'inspector.zhang'),
  on('general', 'DetermineGeneralHazard', 'inspector.zhang'),
  on('general', 'AssignRectification', 'inspector.zhang'),
  on('general', 'CompleteRectification', 'enterprise.staff'),
  on('general', 'VerifyRectification', 'enterprise.principal'),
  on('general', 'ConductReinspection', 'inspector.zhang'),
  on('general', 'CloseHazard', 'inspector.zhang'),
  discover('onSpot', 'enterprise.staff'),
  on('onSpot', 'DetermineGeneralHazard', 'enterprise.staff'),
  on('onSpot', 'RectifyOnSpot', 'enterprise.staff'),
  discover('graded', 'enterprise.staff'),
  on('graded', 'DetermineGeneralHazard', 'enterprise.staff'),
  on('graded', 'ChangeHazardGrade', 'enterprise.principal'),
  on('graded', 'SubmitRemediationPlan', 'enterprise.principal'),
  on('graded', 'AcceptRemediationPlan', 'leader.wang'),
  on('graded', 'EscalateHazard', 'leader.wang'),
  discover('voided', 'enterprise.staff'),
  on('voided', 'VoidHazard', 'leader.wang'),
  // A major hazard's void: requested by one leader, approved by another with their own login.
  discover('majorVoided', 'enterprise.staff'),
  on('majorVoided', 'DetermineMajorHazard', 'enterprise.principal'),
  on('majorVoided', 'VoidHazard', 'leader.wang'),
  on('majorVoided', 'ApproveVoid', 'leader.zhao'),
];

const minePath = (): JourneyStep[] => [
  {
    command: 'RegisterMine',
    as: 'leader.wang',
    path: () => '/mines',
    body: () => mineRequests.RegisterMine.body('140404'),
    creates: 'mine',
    reads: (ids) => [streams.mine(ids.mine)],
  },
  onMine('ChangeMineRiskGrade'),
  onMine('ChangeMineResponsiblePersons'),
  onMine('SuspendMineProduction'),
  onMine('ResumeMineProduction'),
  onMine('CloseMine'),
];

/** Every hazard and mine command at least once, in an order the deciders accept. */
export const journey = Object.assign(
  (password: string): JourneyStep[] => [...majorPath(password), ...otherPaths(), ...minePath()],
  {
    commands: (): string[] => [...Object.keys(hazardCommandAccess), ...Object.keys(mineCommandAccess)],
  },
);
