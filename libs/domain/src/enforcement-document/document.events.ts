import { DomainEvent } from '../shared/command';
import { ESignature } from '../shared/signature';
import { DocumentContent, DocumentKind, FieldChange, ServiceMethod } from './document.values';

/** Who acted, as recorded on the event. */
export interface DocumentActor {
  userId: string;
  name: string;
  role: string;
}

export type DocumentDrafted = DomainEvent<
  'DocumentDrafted',
  {
    documentId: string;
    kind: DocumentKind;
    docNo: string;
    mineId: string;
    inspectionId: string | null;
    inspectionTeam: string[];
    hazardIds: string[];
    content: DocumentContent;
    /** Whether this kind needs 法制审核, per the enforcement policy edition cited. */
    legalReviewRequired: boolean;
    policyVersion: string;
    version: 1;
    draftedBy: DocumentActor;
    draftedAt: string;
  }
>;

export type DocumentAmended = DomainEvent<
  'DocumentAmended',
  {
    documentId: string;
    version: number;
    diff: FieldChange[];
    content: DocumentContent;
    reason: string;
    /** 修改留痕: an amendment of a signed or served document is flagged for 倒查 (domain.md §9 D.11). */
    afterSigning: boolean;
    afterService: boolean;
    amendedBy: DocumentActor;
    amendedAt: string;
  }
>;

export type DocumentLegallyReviewed = DomainEvent<
  'DocumentLegallyReviewed',
  {
    documentId: string;
    version: number;
    conclusion: 'approved' | 'returned';
    opinion: string;
    reviewedBy: DocumentActor;
    reviewedAt: string;
  }
>;

export type DocumentSigned = DomainEvent<
  'DocumentSigned',
  { documentId: string; version: number; signedAs: 'team_member' | 'approving_leader'; signature: ESignature }
>;

export type DocumentServed = DomainEvent<
  'DocumentServed',
  {
    documentId: string;
    version: number;
    method: ServiceMethod;
    recipient: string;
    servedAt: string;
    servedBy: DocumentActor;
    recordedAt: string;
  }
>;

export type DocumentRevoked = DomainEvent<
  'DocumentRevoked',
  { documentId: string; reason: string; replacedBy: string | null; revokedBy: DocumentActor; revokedAt: string }
>;

export type DocumentEvent =
  | DocumentDrafted
  | DocumentAmended
  | DocumentLegallyReviewed
  | DocumentSigned
  | DocumentServed
  | DocumentRevoked;

export type DocumentEventType = DocumentEvent['type'];
