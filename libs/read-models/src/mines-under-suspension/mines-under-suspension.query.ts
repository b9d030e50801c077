import { Params, isoSql } from '@hazard-ledger/projection-engine';
import { Db, Page } from '../hazard-record/board-query';
import { ReadScope, ledgerTimeSlice, scopeCondition } from '../hazard-ledger/hazard-ledger.query';

export interface SuspensionQuery {
  scope: ReadScope;
  mineId?: string;
  jurisdiction?: string;
  /** Only the hazards' side: orders naming this hazard. */
  hazardId?: string;
  /** 'suspended' (default: the mines under suspension then), 'resumed', 'closed', or 'all'. */
  status?: 'suspended' | 'resumed' | 'closed' | 'all';
  asOf?: string;
  validAt?: string;
  limit: number;
  offset?: number;
}

export interface SuspensionItem {
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  status: string;
  orderNo: string;
  orderDocumentId: string | null;
  extent: string;
  area: string | null;
  hazardIds: string[];
  since: string;
  orderedBy: string | null;
  resumedAt: string | null;
  approvalNo: string | null;
  approvalDocumentId: string | null;
  signOffs: { hazardId: string; decisionNo: string | null }[];
  orders: number;
}

/** Mines under suspension as of a time, longest-suspended first. */
export const queryMinesUnderSuspension = async (db: Db, q: SuspensionQuery): Promise<Page<SuspensionItem>> => {
  const p = new Params();
  const slice = ledgerTimeSlice(q, p, 'mines_under_suspension');
  const c = [slice.where, scopeCondition(q.scope, p)];
  if (q.mineId !== undefined) c.push(`mine_id = ${p.add(q.mineId)}`);
  if (q.jurisdiction !== undefined) c.push(`jurisdiction = ${p.add(q.jurisdiction)}`);
  if (q.hazardId !== undefined) c.push(`hazard_ids ? ${p.add(q.hazardId)}`);
  if ((q.status ?? 'suspended') !== 'all') c.push(`status = ${p.add(q.status ?? 'suspended')}`);
  const where = c.join(' AND ');
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM ${slice.table} WHERE ${where}`, [...p.values])) as {
    n: number;
  }[];
  const items: SuspensionItem[] = await db.query(
    `SELECT mine_id AS "mineId", mine_name AS "mineName", jurisdiction, status, order_no AS "orderNo",
            order_document_id AS "orderDocumentId", extent, area, hazard_ids AS "hazardIds", ${isoSql('since')} AS since,
            ordered_by AS "orderedBy", ${isoSql('resumed_at')} AS "resumedAt", approval_no AS "approvalNo",
            approval_document_id AS "approvalDocumentId", sign_offs AS "signOffs", orders
       FROM ${slice.table} WHERE ${where}
      ORDER BY since, mine_id LIMIT ${p.add(q.limit)} OFFSET ${p.add(q.offset ?? 0)}`,
    p.values,
  );
  return { items, total: n };
};
