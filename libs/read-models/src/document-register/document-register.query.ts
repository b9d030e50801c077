import { Params, isoSql } from '@hazard-ledger/projection-engine';
import { Db } from '../hazard-record/board-query';
import { RegisterQuery, pagedRegister, registerConditions } from './register-query';

export interface DocumentRegisterQuery extends RegisterQuery {
  kind?: string;
  status?: string;
  /** Only documents amended after signing or service (修改留痕, 倒查 D.11). */
  amendedAfterSigning?: boolean;
  /** Only documents drafted but never served (and not revoked). */
  neverServed?: boolean;
}

const SELECT = `document_id AS "documentId", kind, doc_no AS "docNo", mine_id AS "mineId", mine_name AS "mineName",
  jurisdiction, inspection_id AS "inspectionId", hazard_ids AS "hazardIds", status, version, content,
  legal_review_required AS "legalReviewRequired", legal_reviewed_by AS "legalReviewedBy", drafted_by AS "draftedBy",
  ${isoSql('drafted_at')} AS "draftedAt", signed_by AS "signedBy", ${isoSql('signed_at')} AS "signedAt",
  ${isoSql('served_at')} AS "servedAt", service_method AS "serviceMethod", recipient,
  ${isoSql('revoked_at')} AS "revokedAt", revocation_reason AS "revocationReason", amendments,
  amended_after_signing AS "amendedAfterSigning", amended_after_service AS "amendedAfterService",
  never_served AS "neverServed"`;

/** 执法文书台账, oldest draft first. */
export const queryDocumentRegister = (db: Db, q: DocumentRegisterQuery) => {
  const p = new Params();
  const { table, conditions } = registerConditions(q, p, 'document_register');
  if (q.kind !== undefined) conditions.push(`kind = ${p.add(q.kind)}`);
  if (q.status !== undefined) conditions.push(`status = ${p.add(q.status)}`);
  if (q.amendedAfterSigning !== undefined)
    conditions.push(`${q.amendedAfterSigning ? '' : 'NOT '}amended_after_signing`);
  if (q.neverServed !== undefined) conditions.push(`${q.neverServed ? '' : 'NOT '}never_served`);
  return pagedRegister<Record<string, unknown>>(db, q, p, {
    select: SELECT,
    table,
    conditions,
    sort: 'drafted_at',
    key: 'document_id',
    keyAs: 'documentId',
  });
};
