import { DocumentCommandType, PenaltyCommandType } from '@hazard-ledger/domain';

/**
 * The records a request acts on: an existing document and penalty on `mineId`, and an inspection of that mine;
 * `penaltyDocumentId` is a 行政处罚决定书 in force (reviewed and signed), as a penalty must cite.
 */
export interface DocumentTargets {
  mineId: string;
  documentId: string;
  penaltyDocumentId: string;
  penaltyId: string;
  inspectionId: string;
}

export interface DocumentRequest {
  path: (t: DocumentTargets) => string;
  body: (t: DocumentTargets) => Record<string, unknown>;
}

/** One valid request per 执法文书 and 行政处罚 command (the matrix and the bad-request generator start from these). */
export const documentRequests: Record<DocumentCommandType | PenaltyCommandType, DocumentRequest> = {
  DraftDocument: {
    path: () => '/documents',
    body: (t) => ({
      kind: 'rectification_order',
      docNo: '(上)应急责改〔2024〕11号',
      mineId: t.mineId,
      inspectionId: t.inspectionId,
      hazardIds: [],
      content: { facts: '-220m 中段通风不良', measures: '限期 30 日整改' },
    }),
  },
  AmendDocument: {
    path: (t) => `/documents/${t.documentId}/amendments`,
    body: () => ({
      content: { facts: '-220m 中段通风不良（风量不足）', measures: '限期 30 日整改' },
      reason: '补充事实',
    }),
  },
  ReviewDocumentLegally: {
    path: (t) => `/documents/${t.documentId}/legal-review`,
    body: () => ({ conclusion: 'approved', opinion: '事实清楚，依据充分' }),
  },
  SignDocument: { path: (t) => `/documents/${t.documentId}/signature`, body: () => ({ password: 'Demo-2024!' }) },
  ServeDocument: {
    path: (t) => `/documents/${t.documentId}/service`,
    body: () => ({ method: 'in_person', recipient: '王建国（矿长）', servedAt: new Date().toISOString() }),
  },
  RevokeDocument: {
    path: (t) => `/documents/${t.documentId}/revocation`,
    body: () => ({ reason: '适用依据错误，撤销 / wrong legal basis' }),
  },
  DecidePenalty: {
    path: () => '/penalties',
    body: (t) => ({
      mineId: t.mineId,
      documentId: t.penaltyDocumentId,
      hazardIds: [],
      targets: [
        {
          targetId: 't1',
          kind: 'company',
          name: '上党区示范矿业有限公司',
          amountYuan: 150000,
          legalBasis: '安全生产法第一百零一条',
        },
        { targetId: 't2', kind: 'principal', name: '王建国', amountYuan: 30000, legalBasis: '安全生产法第一百零一条' },
      ],
      password: 'Demo-2024!',
    }),
  },
  RecordPenaltyPayment: {
    path: (t) => `/penalties/${t.penaltyId}/payments`,
    body: () => ({ targetId: 't1', amountYuan: 1000, paidAt: new Date().toISOString(), receiptNo: 'R-0001' }),
  },
  RecordPenaltyEnforcement: {
    path: (t) => `/penalties/${t.penaltyId}/enforcement`,
    body: () => ({ targetId: 't2', applicationNo: '(2024)晋0404执申1号', reason: '逾期未缴纳 / not paid' }),
  },
};
