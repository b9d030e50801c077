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
  /** The version a 法制审核 approved, if any; an amendment makes it stale. */
  approvedVersion: number | null;
  signed: boolean;
  served: boolean;
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
      approvedVersion: null,
      signed: false,
      served: false,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'DocumentAmended': {
      const { version, content } = event.data;
      return state.signed ? { ...state, version, content } : { ...state, version, content, status: 'drafted' };
    }
    case 'DocumentLegallyReviewed':
      return event.data.conclusion === 'approved'
        ? { ...state, status: 'reviewed', approvedVersion: event.data.version }
        : { ...state, status: 'drafted' };
    case 'DocumentSigned':
      return { ...state, status: 'signed', signed: true };
    case 'DocumentServed':
      return { ...state, status: 'served', served: true };
    case 'DocumentRevoked':
      return { ...state, status: 'revoked', replacedBy: event.data.replacedBy };
    default:
      return state;
  }
};
