import { enforcementPolicyInForce } from '../reference/enforcement-policy';
import {
  AmendDocument,
  DocumentCommand,
  DraftDocument,
  ReviewDocumentLegally,
  RevokeDocument,
  ServeDocument,
  SignDocument,
} from './document.commands';
import {
  DocumentDetailsInvalid,
  DocumentSignatureRequired,
  DocumentUnchanged,
  InvalidDocumentTransition,
  LegalReviewMissing,
  LegalReviewNotRequired,
} from './document.errors';
import {
  DocumentAmended,
  DocumentDrafted,
  DocumentEvent,
  DocumentLegallyReviewed,
  DocumentRevoked,
  DocumentServed,
  DocumentSigned,
} from './document.events';
import { ensureMayAmend, ensureMayReview, ensureMaySign } from './document.duties';
import { EnforcementDocument } from './document.state';
import { ISO, actorOf, blank, existing, requireText } from './document.guards';
import { DOCUMENT_KINDS, KINDS_NEEDING_INSPECTION, SERVICE_METHODS, diffContent } from './document.values';

const draft = ({ data, metadata }: DraftDocument, state: EnforcementDocument): DocumentDrafted => {
  if (state.status !== 'none') throw new InvalidDocumentTransition(state.status, 'DraftDocument');
  if (!DOCUMENT_KINDS.includes(data.kind))
    throw new DocumentDetailsInvalid('kind', '不是已知的文书种类', 'is not a known document kind');
  requireText('docNo', data.docNo);
  requireText('mineId', data.mineId);
  if (data.inspection === null && KINDS_NEEDING_INSPECTION.includes(data.kind))
    throw new DocumentDetailsInvalid('inspectionId', '此类文书须关联检查', 'this kind must cite its inspection');
  if (new Set(data.hazardIds).size !== data.hazardIds.length)
    throw new DocumentDetailsInvalid('hazardIds', '不能重复', 'must not repeat');
  const policy = enforcementPolicyInForce(metadata.now);
  return {
    type: 'DocumentDrafted',
    data: {
      documentId: data.documentId,
      kind: data.kind,
      docNo: data.docNo,
      mineId: data.mineId,
      inspectionId: data.inspection?.inspectionId ?? null,
      inspectionTeam: [...(data.inspection?.memberIds ?? [])],
      hazardIds: [...data.hazardIds],
      content: data.content,
      legalReviewRequired: policy.legalReviewKinds.includes(data.kind),
      policyVersion: policy.version,
      version: 1,
      draftedBy: actorOf(metadata.actor),
      draftedAt: metadata.now,
    },
  };
};

const amend = (command: AmendDocument, state: EnforcementDocument): DocumentAmended => {
  const doc = existing(state, command, ['drafted', 'reviewed', 'signed', 'served']);
  requireText('reason', command.data.reason);
  const { metadata } = command;
  ensureMayAmend(doc, metadata.actor);
  const diff = diffContent(doc.content, command.data.content);
  if (diff.length === 0) throw new DocumentUnchanged();
  return {
    type: 'DocumentAmended',
    data: {
      documentId: doc.documentId,
      version: doc.version + 1,
      diff,
      content: command.data.content,
      reason: command.data.reason,
      afterSigning: doc.signed,
      afterService: doc.served,
      amendedBy: actorOf(metadata.actor),
      amendedAt: metadata.now,
    },
  };
};

const review = (command: ReviewDocumentLegally, state: EnforcementDocument): DocumentLegallyReviewed => {
  const doc = existing(state, command, ['drafted']);
  if (!doc.legalReviewRequired) throw new LegalReviewNotRequired(doc.kind);
  const { actor, now } = command.metadata;
  ensureMayReview(doc, actor);
  if (!['approved', 'returned'].includes(command.data.conclusion))
    throw new DocumentDetailsInvalid('conclusion', '须为 approved 或 returned', 'must be approved or returned');
  requireText('opinion', command.data.opinion);
  return {
    type: 'DocumentLegallyReviewed',
    data: {
      documentId: doc.documentId,
      version: doc.version,
      conclusion: command.data.conclusion,
      opinion: command.data.opinion,
      reviewedBy: actorOf(actor),
      reviewedAt: now,
    },
  };
};

const sign = (command: SignDocument, state: EnforcementDocument): DocumentSigned => {
  const doc = existing(state, command, ['drafted', 'reviewed']);
  if (doc.legalReviewRequired && doc.approvedVersion !== doc.version) throw new LegalReviewMissing(doc.version);
  const { actor } = command.metadata;
  const signedAs = ensureMaySign(doc, actor);
  const { signature } = command.data;
  if (!signature || signature.signerId !== actor.id) throw new DocumentSignatureRequired();
  return {
    type: 'DocumentSigned',
    data: {
      documentId: doc.documentId,
      version: doc.version,
      signedAs,
      signature,
    },
  };
};

const serve = (command: ServeDocument, state: EnforcementDocument): DocumentServed => {
  const doc = existing(state, command, ['signed']);
  const { method, recipient, servedAt } = command.data;
  const { actor, now } = command.metadata;
  if (!SERVICE_METHODS.includes(method))
    throw new DocumentDetailsInvalid('method', '不是已知的送达方式', 'is not a known way of service');
  requireText('recipient', recipient);
  if (!ISO.test(servedAt) || Number.isNaN(Date.parse(servedAt)))
    throw new DocumentDetailsInvalid('servedAt', '须为带时区的 ISO 8601 时间', 'must be ISO 8601 with a zone');
  if (Date.parse(servedAt) > Date.parse(now))
    throw new DocumentDetailsInvalid('servedAt', '不能晚于当前时间', 'cannot be in the future');
  return {
    type: 'DocumentServed',
    data: {
      documentId: doc.documentId,
      version: doc.version,
      method,
      recipient,
      servedAt,
      servedBy: actorOf(actor),
      recordedAt: now,
    },
  };
};

const revoke = (command: RevokeDocument, state: EnforcementDocument): DocumentRevoked => {
  const doc = existing(state, command, ['drafted', 'reviewed', 'signed', 'served']);
  requireText('reason', command.data.reason);
  const { replacedBy } = command.data;
  if (replacedBy !== null && (blank(replacedBy) || replacedBy === doc.documentId))
    throw new DocumentDetailsInvalid('replacedBy', '须为另一份文书', 'must be another document');
  const { actor, now } = command.metadata;
  return {
    type: 'DocumentRevoked',
    data: {
      documentId: doc.documentId,
      reason: command.data.reason,
      replacedBy,
      revokedBy: actorOf(actor),
      revokedAt: now,
    },
  };
};

export const decideDocument = (command: DocumentCommand, state: EnforcementDocument): DocumentEvent[] => {
  switch (command.type) {
    case 'DraftDocument':
      return [draft(command, state)];
    case 'AmendDocument':
      return [amend(command, state)];
    case 'ReviewDocumentLegally':
      return [review(command, state)];
    case 'SignDocument':
      return [sign(command, state)];
    case 'ServeDocument':
      return [serve(command, state)];
    case 'RevokeDocument':
      return [revoke(command, state)];
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown document command ${JSON.stringify(unhandled)}`);
    }
  }
};
