import { DocumentEvent } from './document.events';
import { DocumentContent, DocumentKind } from './document.values';

export interface DocumentRecord {
  documentId: string;
  kind: DocumentKind;
  docNo: string;
  mineId: string;
  inspectionId: string | null;
  inspectionTeam: readonly string[];
  hazardIds: readonly string[];
  content: DocumentContent;
  version: number;
  legalReviewRequired: boolean;
  draftedBy: string;
  /** Whoever wrote any version (drafter and every amender): none of them may give it 法制审核. */
  authors: readonly string[];
  /** The version a 法制审核 approved, if any, and who approved it; an amendment makes it stale. */
  approvedVersion: number | null;
  approvedBy: string | null;
  /** Ever signed / ever served (the flags on a later amendment). */
  signed: boolean;
  served: boolean;
  /** The version last signed: only that version has legal effect (see documentInForce). */
  signedVersion: number | null;
}

export type EnforcementDocument =
  | { status: 'none' }
  | ({ status: 'drafted' | 'reviewed' | 'signed' | 'served' } & DocumentRecord)
  | ({ status: 'revoked'; replacedBy: string | null } & DocumentRecord);

export type DocumentStatus = EnforcementDocument['status'];
export type ExistingDocument = Exclude<EnforcementDocument, { status: 'none' }>;

export const initialDocumentState = (): EnforcementDocument => ({ status: 'none' });

// Never throws: an event that does not fit the state leaves it unchanged, so old streams always replay.
export const evolveDocument = (state: EnforcementDocument, event: DocumentEvent): EnforcementDocument => {
  if (event.type === 'DocumentDrafted') {
    if (state.status !== 'none') return state;
    const { draftedBy, draftedAt: _at, policyVersion: _p, ...d } = event.data;
    return {
      ...d,
      status: 'drafted',
      draftedBy: draftedBy.userId,
      authors: [draftedBy.userId],
      approvedVersion: null,
      approvedBy: null,
      signed: false,
      served: false,
      signedVersion: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'DocumentAmended': {
      // Any amendment, after signing too, yields an unsigned version: it needs its own 法制审核 and signature.
      const { version, content, amendedBy } = event.data;
      const authors = state.authors.includes(amendedBy.userId) ? state.authors : [...state.authors, amendedBy.userId];
      return state.status === 'revoked' ? state : { ...state, version, content, authors, status: 'drafted' };
    }
    case 'DocumentLegallyReviewed':
      return event.data.conclusion === 'approved'
        ? {
            ...state,
            status: 'reviewed',
            approvedVersion: event.data.version,
            approvedBy: event.data.reviewedBy.userId,
          }
        : { ...state, status: 'drafted' };
    case 'DocumentSigned':
      return { ...state, status: 'signed', signed: true, signedVersion: event.data.version };
    case 'DocumentServed':
      return { ...state, status: 'served', served: true };
    case 'DocumentRevoked':
      return { ...state, status: 'revoked', replacedBy: event.data.replacedBy };
    default:
      return state;
  }
};

/** Legal effect: the current version is the signed one (an amendment after signing suspends it) and not revoked. */
export const documentInForce = (state: EnforcementDocument): boolean =>
  (state.status === 'signed' || state.status === 'served') && state.signedVersion === state.version;
