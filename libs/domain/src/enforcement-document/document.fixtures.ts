import { Actor } from '../shared/actor';
import { ESignature } from '../shared/signature';
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
  DocumentAmended,
  DocumentDrafted,
  DocumentLegallyReviewed,
  DocumentRevoked,
  DocumentServed,
  DocumentSigned,
} from './document.events';
import { DocumentKind } from './document.values';

export const DOCUMENT_ID = 'doc-0001';
export const MINE_ID = 'mine-demo-1';
export const INSPECTION_ID = 'insp-0001';
export const NOW = '2024-05-10T02:00:00.000Z';
export const LATER = '2024-05-12T02:00:00.000Z';

const regulator = (id: string, name: string, role: Actor['role']): Actor => ({
  id,
  name,
  role,
  org: '长治市上党区应急管理局',
  certificateNo: `ZF-${id}`,
  jurisdictions: ['140404'],
});

/** Two inspectors on the team (one drafts), an inspector off the team, a leader off the team. */
export const drafter = regulator('insp-a', '张检查', 'inspector');
export const teamMate = regulator('insp-b', '王检查', 'inspector');
export const otherInspector = regulator('insp-c', '赵法制', 'inspector');
export const leader = regulator('leader-1', '李局长', 'supervising_leader');
export const TEAM = [drafter.id, teamMate.id];

const meta = (actor: Actor, now = NOW) => ({ metadata: { now, actor } });
export const actorRef = (actor: Actor) => ({ userId: actor.id, name: actor.name, role: actor.role });
const as = actorRef;

export const CONTENT = { facts: '-220m 中段未设置两个安全出口', measures: '立即停止该中段作业' };
export const AMENDED = { facts: '-220m 中段仅有一个安全出口', measures: '立即停止该中段作业', deadline: '2024-06-10' };

export const aDraftDocument = (kind: DocumentKind = 'suspension_order', by = drafter): DraftDocument => ({
  type: 'DraftDocument',
  data: {
    documentId: DOCUMENT_ID,
    kind,
    docNo: '(上)应急停〔2024〕3号',
    mineId: MINE_ID,
    inspection: { inspectionId: INSPECTION_ID, memberIds: TEAM },
    hazardIds: ['hz-1'],
    content: CONTENT,
  },
  ...meta(by),
});

export const aDocumentDrafted = (kind: DocumentKind = 'suspension_order', by = drafter): DocumentDrafted => ({
  type: 'DocumentDrafted',
  data: {
    documentId: DOCUMENT_ID,
    kind,
    docNo: '(上)应急停〔2024〕3号',
    mineId: MINE_ID,
    inspectionId: INSPECTION_ID,
    inspectionTeam: TEAM,
    hazardIds: ['hz-1'],
    content: CONTENT,
    legalReviewRequired: ['case_approval', 'penalty_decision', 'suspension_order'].includes(kind),
    policyVersion: 'enforcement@2024.1',
    version: 1,
    draftedBy: as(by),
    draftedAt: NOW,
  },
});

export const anAmendDocument = (content: Record<string, string> = AMENDED, by = drafter, now = NOW): AmendDocument => ({
  type: 'AmendDocument',
  data: { documentId: DOCUMENT_ID, content, reason: '核实出口数量' },
  ...meta(by, now),
});

export const aDocumentAmended = (
  flags = { afterSigning: false, afterService: false },
  version = 2,
  by = drafter,
): DocumentAmended => ({
  type: 'DocumentAmended',
  data: {
    documentId: DOCUMENT_ID,
    version,
    diff: [
      { field: 'deadline', before: null, after: '2024-06-10' },
      { field: 'facts', before: CONTENT.facts, after: AMENDED.facts },
    ],
    content: AMENDED,
    reason: '核实出口数量',
    ...flags,
    amendedBy: as(by),
    amendedAt: NOW,
  },
});

export const aReview = (
  by = otherInspector,
  conclusion: 'approved' | 'returned' = 'approved',
): ReviewDocumentLegally => ({
  type: 'ReviewDocumentLegally',
  data: { documentId: DOCUMENT_ID, conclusion, opinion: '事实清楚，依据充分' },
  ...meta(by),
});

export const aDocumentReviewed = (
  version = 1,
  conclusion: 'approved' | 'returned' = 'approved',
): DocumentLegallyReviewed => ({
  type: 'DocumentLegallyReviewed',
  data: {
    documentId: DOCUMENT_ID,
    version,
    conclusion,
    opinion: '事实清楚，依据充分',
    reviewedBy: as(otherInspector),
    reviewedAt: NOW,
  },
});

export const aSignature = (by: Actor): ESignature => ({
  signerId: by.id,
  printedName: by.name,
  role: by.role,
  meaning: '执法文书签发 / enforcement document signed',
  signedAt: NOW,
  contentHash: 'a'.repeat(64),
});

export const aSignDocument = (by = teamMate, signature: ESignature | null = aSignature(by)): SignDocument => ({
  type: 'SignDocument',
  data: { documentId: DOCUMENT_ID, signature: signature ?? undefined },
  ...meta(by),
});

export const aDocumentSigned = (by = teamMate, version = 1): DocumentSigned => ({
  type: 'DocumentSigned',
  data: {
    documentId: DOCUMENT_ID,
    version,
    signedAs: by.role === 'supervising_leader' ? 'approving_leader' : 'team_member',
    signature: aSignature(by),
  },
});

export const aServeDocument = (servedAt = NOW, by = teamMate): ServeDocument => ({
  type: 'ServeDocument',
  data: { documentId: DOCUMENT_ID, method: 'in_person', recipient: '王建国（矿长）', servedAt },
  ...meta(by),
});

export const aDocumentServed = (version = 1): DocumentServed => ({
  type: 'DocumentServed',
  data: {
    documentId: DOCUMENT_ID,
    version,
    method: 'in_person',
    recipient: '王建国（矿长）',
    servedAt: NOW,
    servedBy: as(teamMate),
    recordedAt: NOW,
  },
});

export const aRevokeDocument = (replacedBy: string | null = null, by = leader): RevokeDocument => ({
  type: 'RevokeDocument',
  data: { documentId: DOCUMENT_ID, reason: '适用法律错误', replacedBy },
  ...meta(by),
});

export const aDocumentRevoked = (replacedBy: string | null = null): DocumentRevoked => ({
  type: 'DocumentRevoked',
  data: { documentId: DOCUMENT_ID, reason: '适用法律错误', replacedBy, revokedBy: as(leader), revokedAt: NOW },
});

/** One valid command of each type, for the tables of forbidden transitions. */
export const oneOfEach = (): Record<DocumentCommand['type'], DocumentCommand> => ({
  DraftDocument: aDraftDocument(),
  AmendDocument: anAmendDocument(),
  ReviewDocumentLegally: aReview(),
  SignDocument: aSignDocument(),
  ServeDocument: aServeDocument(),
  RevokeDocument: aRevokeDocument(),
});
