import { Command } from '../shared/command';
import { ESignature } from '../shared/signature';
import { DocumentContent, DocumentKind, ServiceMethod } from './document.values';

/** The inspection's team as the handler read it through the INSPECTION_TEAMS port (the decider stays pure). */
export interface InspectionTeamRef {
  inspectionId: string;
  memberIds: readonly string[];
}

export type DraftDocument = Command<
  'DraftDocument',
  {
    documentId: string;
    kind: DocumentKind;
    docNo: string;
    mineId: string;
    inspection: InspectionTeamRef | null;
    hazardIds: readonly string[];
    content: DocumentContent;
  }
>;

/** The whole new content; the decider computes the field-level diff. */
export type AmendDocument = Command<'AmendDocument', { documentId: string; content: DocumentContent; reason: string }>;

export type ReviewDocumentLegally = Command<
  'ReviewDocumentLegally',
  { documentId: string; conclusion: 'approved' | 'returned'; opinion: string }
>;

export type SignDocument = Command<'SignDocument', { documentId: string; signature?: ESignature }>;

export type ServeDocument = Command<
  'ServeDocument',
  { documentId: string; method: ServiceMethod; recipient: string; servedAt: string }
>;

/** 撤销 or 更正 by a leader: a correction names the document that replaces this one. */
export type RevokeDocument = Command<
  'RevokeDocument',
  { documentId: string; reason: string; replacedBy: string | null }
>;

export type DocumentCommand =
  | DraftDocument
  | AmendDocument
  | ReviewDocumentLegally
  | SignDocument
  | ServeDocument
  | RevokeDocument;

export type DocumentCommandType = DocumentCommand['type'];
