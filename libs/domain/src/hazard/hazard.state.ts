import { EvidenceRef } from '../shared/envelope';
import { Conclusion, HazardSource, ImportedFrom, Recipient, Side, SignatureRef } from './hazard.values';

export type MajorStatus =
  | 'major_determined'
  | 'plan_submitted'
  | 'plan_returned'
  | 'in_remediation'
  | 'evaluated'
  | 'sign_off_requested'
  | 'signed_off'
  | 'escalated';

export type GeneralStatus =
  | 'general_determined'
  | 'rectified_on_spot'
  | 'rectification_assigned'
  | 'rectified'
  | 'verified'
  | 'reinspected';

export type HazardStatus = 'not_discovered' | 'discovered' | MajorStatus | GeneralStatus | 'closed' | 'voided';
export type KnownStatus = Exclude<HazardStatus, 'not_discovered'>;

export interface ReportFacts {
  version: number;
  hash: string;
  received: boolean;
  signedBy?: string;
}

export interface SiteReview {
  reviewerId: string;
  conclusion: Conclusion;
}

export interface HazardFacts {
  hazardId: string;
  /** The mine it was found at: the scope every later command is checked against. */
  mineId: string;
  source: HazardSource;
  discoveredBy: string;
  description: string;
  location: string;
  suspension?: { orderNo: string; issuer: Side };
  signatures: readonly SignatureRef[];
  /** Signed steps whose signature stands revoked and that the lifecycle cannot redo: they block the hazard's end. */
  revokedSteps: readonly SignatureRef[];
  /** A major hazard's void asked for by one leader, waiting for a second leader's approval. */
  voidRequest?: { requestedBy: string; reason: string; evidence: readonly EvidenceRef[] };
  /** A record imported from paper: from which source document, by whom, when. */
  importedFrom?: ImportedFrom;
}

export interface MajorFacts {
  determinedAt: string;
  /** Who determined (or upgraded) it: a downgrade needs someone else, of higher authority. */
  determinedBy: string;
  reports: Partial<Record<Recipient, ReportFacts>>;
  listingDeadline?: string;
  planVersion: number;
  planDeadline?: string;
  /** Everyone who wrote, accepted, returned or re-timed a plan: none of them may sign the site review. */
  planParticipants: readonly string[];
  deadline?: string;
  pendingExtension?: string;
  /** The deadline before the last granted extension, restored if that grant's signature is revoked. */
  deadlineBeforeExtension?: string;
  /** Where an escalation came from, restored if its signature is revoked. */
  statusBeforeEscalation?: MajorStatus;
  evaluation?: Conclusion;
  reviews: readonly SiteReview[];
  /**
   * Write-once: everyone who ever signed a site review or rejected the sign-off of this hazard, kept through
   * revocations and new requests, so none of them signs its 销号 (domain.md §9 F.15).
   */
  reviewedOrRejectedBy?: readonly string[];
}

export interface GeneralFacts {
  rectifiedBy?: string;
}

export type NotDiscovered = { status: 'not_discovered' };
export type DiscoveredHazard = HazardFacts & { status: 'discovered' };
export type MajorHazard = HazardFacts & { status: MajorStatus; major: MajorFacts };
export type GeneralHazard = HazardFacts & { status: GeneralStatus; general: GeneralFacts };
export type EndedHazard = HazardFacts & { status: 'closed' | 'voided' };

export type Hazard = NotDiscovered | DiscoveredHazard | MajorHazard | GeneralHazard | EndedHazard;
export type KnownHazard = Exclude<Hazard, NotDiscovered>;

export const initialState = (): Hazard => ({ status: 'not_discovered' });

export const isMajor = (state: Hazard): state is MajorHazard => 'major' in state;
export const isGeneral = (state: Hazard): state is GeneralHazard => 'general' in state;
