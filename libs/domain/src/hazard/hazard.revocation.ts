import { HazardEvent } from './hazard.events';
import { Hazard, isGeneral, isMajor, KnownHazard, MajorHazard } from './hazard.state';
import { SignatureRef } from './hazard.values';

/**
 * What a revoked signature does to the state (ADR 20261207-signature-revocation): the signed step no longer counts.
 * A step the lifecycle can redo is undone, with everything decided on top of it (a sign-off stands on its request,
 * reviews, reports and listing); a step it cannot redo (discovery, determination, downgrade) stays on record as
 * revoked and blocks the hazard's end until it is redone (re-determination, re-grading) or the hazard is voided.
 */
export const revoked = (state: KnownHazard, ref: SignatureRef | undefined): Hazard => {
  if (!ref) return state;
  const base = { ...state, signatures: state.signatures.filter((s) => !sameSignature(s, ref)) };
  // A void request whose signature is revoked is withdrawn: nothing rests on it yet.
  if (ref.eventType === 'HazardVoidRequested') return { ...base, voidRequest: undefined };
  return undo(base, ref) ?? { ...base, revokedSteps: [...base.revokedSteps, ref] };
};

/** Adds a new signature; a signed step done again clears the revocation it cured. */
export const signed = (state: KnownHazard, signature: SignatureRef): KnownHazard => ({
  ...state,
  signatures: [...state.signatures, signature],
  revokedSteps: state.revokedSteps.filter((s) => s.eventType !== signature.eventType),
});

const undo = (state: KnownHazard, ref: SignatureRef): Hazard | undefined => {
  if (isGeneral(state)) {
    if (ref.eventType !== 'RectifiedOnSpot' || state.status !== 'rectified_on_spot') return undefined;
    return { ...state, status: 'general_determined', general: {} };
  }
  return isMajor(state) ? undoMajor(state, ref) : undefined;
};

const undoMajor = (state: MajorHazard, ref: SignatureRef): Hazard | undefined => {
  const m = state.major;
  switch (ref.eventType) {
    case 'DualReportSubmitted': {
      const reports = Object.fromEntries(Object.entries(m.reports).filter(([, r]) => r?.signedBy !== ref.signerId));
      return reopenRequest({ ...state, major: { ...m, reports } });
    }
    case 'SupervisionListed':
      return reopenDecision({ ...state, major: { ...m, listingDeadline: undefined } });
    case 'ExtensionGranted':
      return { ...state, major: { ...m, deadline: m.deadlineBeforeExtension, deadlineBeforeExtension: undefined } };
    case 'SignOffRequested':
      return reopenRequest(state);
    case 'SiteReviewSigned':
      return reopenDecision({
        ...state,
        major: { ...m, reviews: m.reviews.filter((r) => r.reviewerId !== ref.signerId) },
      });
    case 'HazardSignedOff':
      return reopenDecision(state);
    case 'HazardEscalated':
      return state.status === 'escalated' && m.statusBeforeEscalation
        ? { ...state, status: m.statusBeforeEscalation, major: { ...m, statusBeforeEscalation: undefined } }
        : undefined;
    default:
      return undefined;
  }
};

/** The sign-off request stood on the reports: without them the hazard is back to evaluated, reviews gone. */
const reopenRequest = (state: MajorHazard): MajorHazard =>
  state.status === 'sign_off_requested' || state.status === 'signed_off'
    ? { ...state, status: 'evaluated', major: { ...state.major, reviews: [] } }
    : state;

/** The 销号 decision stood on its reviews and listing: it is to be taken again. */
const reopenDecision = (state: MajorHazard): MajorHazard =>
  state.status === 'signed_off' ? { ...state, status: 'sign_off_requested' } : state;

const sameSignature = (a: SignatureRef, b: SignatureRef) => a.eventType === b.eventType && a.signerId === b.signerId;

export const signatureIn = (event: HazardEvent): SignatureRef | undefined => {
  switch (event.type) {
    case 'MajorHazardDetermined':
    case 'DualReportSubmitted':
    case 'SignOffRequested':
    case 'SiteReviewSigned':
    case 'HazardSignedOff':
    case 'HazardGradeChanged':
    case 'SupervisionListed':
    case 'ExtensionGranted':
    case 'HazardEscalated':
    case 'HazardVoidRequested':
    case 'HazardVoided':
      return event.data.signature && { eventType: event.type, signerId: event.data.signature.signerId };
    case 'RectifiedOnSpot':
      return (
        event.data.rectifierSignature && { eventType: event.type, signerId: event.data.rectifierSignature.signerId }
      );
    default:
      return undefined;
  }
};
