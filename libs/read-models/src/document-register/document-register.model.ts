import { DocumentEvent, streams } from '@hazard-ledger/domain';
import { Column, ColumnType, EntityModel, LeanEvent, MineLookup, column } from '@hazard-ledger/projection-engine';

/** One amendment as the register shows it: the version it made, why, what changed, and whether it was flagged. */
export interface AmendmentEntry {
  version: number;
  at: string;
  by: string;
  reason: string;
  fields: string[];
  afterSigning: boolean;
  afterService: boolean;
}

/** 执法文书台账: one row per document; the system-time history keeps the row of every version. */
export interface DocumentRow {
  documentId: string;
  kind: string;
  docNo: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  inspectionId: string | null;
  hazardIds: string[];
  status: string;
  version: number;
  content: Record<string, string>;
  legalReviewRequired: boolean;
  legalReviewedBy: string | null;
  draftedBy: string;
  draftedAt: string;
  signedBy: string | null;
  signedAt: string | null;
  servedAt: string | null;
  serviceMethod: string | null;
  recipient: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  amendments: AmendmentEntry[];
  /** 倒查 D.11: amended after signing or after service. */
  amendedAfterSigning: boolean;
  amendedAfterService: boolean;
  /** Drafted (or signed) but never served, and not revoked: a document that never reached the mine. */
  neverServed: boolean;
}

const withFlags = (row: DocumentRow): DocumentRow => ({
  ...row,
  amendedAfterSigning: row.amendments.some((a) => a.afterSigning),
  amendedAfterService: row.amendments.some((a) => a.afterService),
  neverServed: row.servedAt === null && row.status !== 'revoked',
});

const drafted = (e: Extract<DocumentEvent, { type: 'DocumentDrafted' }>, mines: MineLookup): DocumentRow => {
  const d = e.data;
  const mine = mines(d.mineId);
  return withFlags({
    documentId: d.documentId,
    kind: d.kind,
    docNo: d.docNo,
    mineId: d.mineId,
    mineName: mine?.name ?? null,
    jurisdiction: mine?.jurisdiction ?? null,
    inspectionId: d.inspectionId,
    hazardIds: d.hazardIds,
    status: 'drafted',
    version: 1,
    content: { ...d.content },
    legalReviewRequired: d.legalReviewRequired,
    legalReviewedBy: null,
    draftedBy: d.draftedBy.name,
    draftedAt: d.draftedAt,
    signedBy: null,
    signedAt: null,
    servedAt: null,
    serviceMethod: null,
    recipient: null,
    revokedAt: null,
    revocationReason: null,
    amendments: [],
    amendedAfterSigning: false,
    amendedAfterService: false,
    neverServed: true,
  });
};

const amended = (row: DocumentRow, d: Extract<DocumentEvent, { type: 'DocumentAmended' }>['data']): DocumentRow => ({
  ...row,
  status: row.signedAt ? row.status : 'drafted',
  version: d.version,
  content: { ...d.content },
  amendments: [
    ...row.amendments,
    {
      version: d.version,
      at: d.amendedAt,
      by: d.amendedBy.name,
      reason: d.reason,
      fields: d.diff.map((c) => c.field),
      afterSigning: d.afterSigning,
      afterService: d.afterService,
    },
  ],
});

const advanced = (row: DocumentRow, e: DocumentEvent): DocumentRow => {
  switch (e.type) {
    case 'DocumentAmended':
      return amended(row, e.data);
    case 'DocumentLegallyReviewed':
      return e.data.conclusion === 'approved'
        ? { ...row, status: 'reviewed', legalReviewedBy: e.data.reviewedBy.name }
        : { ...row, status: 'drafted', legalReviewedBy: null };
    case 'DocumentSigned':
      return { ...row, status: 'signed', signedBy: e.data.signature.printedName, signedAt: e.data.signature.signedAt };
    case 'DocumentServed':
      return {
        ...row,
        status: 'served',
        servedAt: e.data.servedAt,
        serviceMethod: e.data.method,
        recipient: e.data.recipient,
      };
    case 'DocumentRevoked':
      return { ...row, status: 'revoked', revokedAt: e.data.revokedAt, revocationReason: e.data.reason };
    default:
      return row;
  }
};

export const evolveDocumentRow = (state: DocumentRow | undefined, event: LeanEvent, mines: MineLookup) => {
  const e = { type: event.type, data: event.data } as unknown as DocumentEvent;
  if (e.type === 'DocumentDrafted') return state ?? drafted(e, mines);
  return state ? withFlags(advanced(state, e)) : state;
};

const col = <K extends keyof DocumentRow>(name: string, type: ColumnType, key: K): Column<DocumentRow> =>
  column<DocumentRow>(name, type, (row) => row[key]);

export const DOCUMENT_REGISTER_COLUMNS: readonly Column<DocumentRow>[] = [
  col('kind', 'text', 'kind'),
  col('doc_no', 'text', 'docNo'),
  col('mine_id', 'text', 'mineId'),
  col('mine_name', 'text', 'mineName'),
  col('jurisdiction', 'text', 'jurisdiction'),
  col('inspection_id', 'text', 'inspectionId'),
  col('hazard_ids', 'jsonb', 'hazardIds'),
  col('status', 'text', 'status'),
  col('version', 'integer', 'version'),
  col('content', 'jsonb', 'content'),
  col('legal_review_required', 'boolean', 'legalReviewRequired'),
  col('legal_reviewed_by', 'text', 'legalReviewedBy'),
  col('drafted_by', 'text', 'draftedBy'),
  col('drafted_at', 'timestamptz', 'draftedAt'),
  col('signed_by', 'text', 'signedBy'),
  col('signed_at', 'timestamptz', 'signedAt'),
  col('served_at', 'timestamptz', 'servedAt'),
  col('service_method', 'text', 'serviceMethod'),
  col('recipient', 'text', 'recipient'),
  col('revoked_at', 'timestamptz', 'revokedAt'),
  col('revocation_reason', 'text', 'revocationReason'),
  col('amendments', 'jsonb', 'amendments'),
  col('amended_after_signing', 'boolean', 'amendedAfterSigning'),
  col('amended_after_service', 'boolean', 'amendedAfterService'),
  col('never_served', 'boolean', 'neverServed'),
];

/** 执法文书台账: every document, every version on both time axes, amendments after signing/service flagged. */
export const documentRegisterModel: EntityModel<DocumentRow, DocumentRow> = {
  loadFrom: { module: __filename, exportName: 'documentRegisterModel' },
  name: 'document-register',
  base: 'document_register',
  key: 'document_id',
  columns: DOCUMENT_REGISTER_COLUMNS,
  entityOf: (event) => streams.idIn('document', event.streamId),
  streamOf: streams.document,
  entityCategory: 'document',
  evolve: evolveDocumentRow,
  rowOf: (row) => row,
};
