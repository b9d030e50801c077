import { HazardEvent } from './hazard.events';
import {
  GeneralStatus,
  Hazard,
  HazardFacts,
  isGeneral,
  isMajor,
  KnownHazard,
  MajorFacts,
  MajorStatus,
  ReportFacts,
} from './hazard.state';
import { revoked, signatureIn, signed } from './hazard.revocation';

type Data<T extends HazardEvent['type']> = Extract<HazardEvent, { type: T }>['data'];

/** Total and silent: an event that does not fit the state leaves it unchanged, so any history replays. */
export const evolve = (state: Hazard, event: HazardEvent): Hazard => {
  if (event.type === 'HazardDiscovered') return state.status === 'not_discovered' ? discovered(event.data) : state;
  if (state.status === 'not_discovered') return state;
  const next = apply(state, event);
  const signature = signatureIn(event);
  return signature && next !== state && next.status !== 'not_discovered' ? signed(next, signature) : next;
};

const apply = (state: KnownHazard, event: HazardEvent): Hazard => {
  switch (event.type) {
    case 'MajorHazardDetermined':
      if (state.status === 'discovered') return toMajor(state, event.data.determinedAt, event.data.determinedBy);
      return redetermined(state, event.data.determinedBy);
    case 'GeneralHazardDetermined':
      return state.status === 'discovered' ? toGeneral(state) : state;
    case 'HazardGradeChanged':
      if (!isMajor(state) && !isGeneral(state)) return state;
      return event.data.to === 'major' ? upgraded(state, event.data) : toGeneral(state);
    case 'HazardDescriptionAmended':
      return { ...state, description: event.data.next };
    case 'HazardLocationAmended':
      return { ...state, location: event.data.next };
    case 'ProductionSuspended':
      return { ...state, suspension: { orderNo: event.data.orderNo, issuer: event.data.issuer } };
    case 'SuspensionLifted':
      return state.suspension?.orderNo === event.data.orderNo ? { ...state, suspension: undefined } : state;
    case 'SignatureRevoked':
      return revoked(state, event.data.signatureRef);
    case 'HazardVoidRequested':
      return { ...state, voidRequest: voidRequestOf(event.data) };
    case 'HazardVoided':
      return ended(state, 'voided');
    case 'HazardClosed':
      return ended(state, 'closed');
    case 'RectifiedOnSpot':
      return general(state, 'rectified_on_spot', event.data.rectifiedBy);
    case 'RectificationAssigned':
      return general(state, 'rectification_assigned');
    case 'RectificationCompleted':
      return general(state, 'rectified', event.data.rectifiedBy);
    case 'RectificationVerified':
      return general(state, 'verified');
    case 'ReinspectionConducted':
      return general(state, event.data.conclusion === 'passed' ? 'reinspected' : 'rectification_assigned');
    default:
      return applyMajor(state, event);
  }
};

const applyMajor = (state: KnownHazard, event: HazardEvent): Hazard => {
  switch (event.type) {
    case 'DualReportSubmitted':
      return major(state, undefined, (m) => ({
        reports: { ...m.reports, [event.data.recipient]: submitted(event.data) },
      }));
    case 'DualReportReceived':
      return major(state, undefined, (m) => ({ reports: received(m.reports, event.data) }));
    case 'SupervisionListed':
      return major(state, undefined, () => ({ listingDeadline: event.data.deadline }));
    case 'RemediationPlanSubmitted':
      return major(state, 'plan_submitted', (m) => ({
        planVersion: event.data.planVersion,
        planDeadline: event.data.deadline,
        planParticipants: joined(m.planParticipants, [event.data.submittedBy, ...(event.data.contributors ?? [])]),
      }));
    case 'RemediationPlanReturned':
      return major(state, 'plan_returned', (m) => ({
        planParticipants: joined(m.planParticipants, [event.data.returnedBy]),
      }));
    case 'RemediationPlanAccepted':
      return major(state, 'in_remediation', (m) => ({
        deadline: event.data.deadline,
        planParticipants: joined(m.planParticipants, [event.data.acceptedBy]),
      }));
    case 'RemediationProgressRecorded':
      return major(state, 'in_remediation', () => ({ evaluation: undefined }));
    case 'ExtensionRequested':
      return major(state, undefined, () => ({ pendingExtension: event.data.newDeadline }));
    case 'ExtensionGranted':
      return major(state, undefined, (m) => ({
        deadline: event.data.newDeadline,
        deadlineBeforeExtension: m.deadline ?? event.data.previousDeadline,
        pendingExtension: undefined,
        planParticipants: joined(m.planParticipants, [event.data.grantedBy]),
      }));
    case 'ExtensionRefused':
      return major(state, undefined, () => ({ pendingExtension: undefined }));
    case 'RemediationEvaluated':
      return major(state, event.data.conclusion === 'passed' ? 'evaluated' : 'in_remediation', () => ({
        evaluation: event.data.conclusion,
      }));
    case 'SignOffRequested':
      return major(state, 'sign_off_requested', () => ({ reviews: [] }));
    case 'SiteReviewSigned':
      return major(state, undefined, (m) => ({
        reviews: [...m.reviews, { reviewerId: event.data.reviewerId, conclusion: event.data.conclusion }],
        reviewedOrRejectedBy: joined(m.reviewedOrRejectedBy ?? [], [event.data.reviewerId]),
      }));
    case 'HazardSignedOff':
      return major(state, 'signed_off', () => ({}));
    case 'SignOffRejected':
      return major(state, 'in_remediation', (m) => ({
        deadline: event.data.newDeadline,
        evaluation: undefined,
        reviews: [],
        // The rejecter re-timed the plan and judged the work: they neither review it nor sign its 销号 later.
        planParticipants: joined(m.planParticipants, [event.data.rejectedBy]),
        reviewedOrRejectedBy: joined(m.reviewedOrRejectedBy ?? [], [event.data.rejectedBy]),
      }));
    case 'HazardEscalated':
      return major(state, 'escalated', () => ({ statusBeforeEscalation: state.status as MajorStatus }));
    default:
      return state;
  }
};

const discovered = (data: Data<'HazardDiscovered'>): Hazard => ({
  status: 'discovered',
  hazardId: data.hazardId,
  mineId: data.mineId,
  source: data.source,
  discoveredBy: data.discoveredBy,
  description: data.description,
  location: data.location,
  signatures: data.signature ? [{ eventType: 'HazardDiscovered', signerId: data.signature.signerId }] : [],
  revokedSteps: [],
  ...(data.importedFrom && { importedFrom: data.importedFrom }),
});

const factsOf = (state: KnownHazard): HazardFacts => {
  const { hazardId, mineId, source, discoveredBy, description, location, suspension, signatures } = state;
  const { revokedSteps, importedFrom } = state;
  return {
    ...{ hazardId, mineId, source, discoveredBy, description, location, suspension, signatures, revokedSteps },
    ...(importedFrom && { importedFrom }),
  };
};

const toMajor = (state: KnownHazard, determinedAt: string, determinedBy: string): Hazard => ({
  ...factsOf(state),
  status: 'major_determined',
  major: { determinedAt, determinedBy, reports: {}, planVersion: 0, planParticipants: [], reviews: [] },
});

/** An upgrade re-grades the hazard from scratch, which also cures a downgrade whose signature was revoked. */
const upgraded = (state: KnownHazard, data: Data<'HazardGradeChanged'>): Hazard => {
  const revokedSteps = state.revokedSteps.filter((s) => s.eventType !== 'HazardGradeChanged');
  return toMajor({ ...state, revokedSteps }, data.changedAt, data.changedBy);
};

/** A determination signed again after its signature was revoked: the same hazard, a new determiner. */
const redetermined = (state: KnownHazard, determinedBy: string): Hazard =>
  isMajor(state) && state.revokedSteps.some((s) => s.eventType === 'MajorHazardDetermined')
    ? { ...state, major: { ...state.major, determinedBy } }
    : state;

const toGeneral = (state: KnownHazard): Hazard => ({ ...factsOf(state), status: 'general_determined', general: {} });

const ended = (state: KnownHazard, status: 'closed' | 'voided'): Hazard => ({ ...factsOf(state), status });

const major = (
  state: KnownHazard,
  status: MajorStatus | undefined,
  change: (facts: MajorFacts) => Partial<MajorFacts>,
): Hazard =>
  isMajor(state)
    ? { ...state, status: status ?? state.status, major: { ...state.major, ...change(state.major) } }
    : state;

const general = (state: KnownHazard, status: GeneralStatus, rectifiedBy?: string): Hazard =>
  isGeneral(state) ? { ...state, status, general: { rectifiedBy: rectifiedBy ?? state.general.rectifiedBy } } : state;

const submitted = (data: Data<'DualReportSubmitted'>): ReportFacts => ({
  version: data.reportVersion,
  hash: data.reportHash,
  received: false,
  signedBy: data.signature?.signerId,
});

const received = (reports: MajorFacts['reports'], data: Data<'DualReportReceived'>): MajorFacts['reports'] => {
  const report = reports[data.recipient];
  return report?.hash === data.reportHash ? { ...reports, [data.recipient]: { ...report, received: true } } : reports;
};

const joined = (ids: readonly string[], more: readonly string[]): string[] => [...new Set([...ids, ...more])];

const voidRequestOf = ({ requestedBy, reason, evidence }: Data<'HazardVoidRequested'>) => ({
  requestedBy,
  reason,
  evidence,
});
