import { Params, decodeCursor, encodeCursor, isoSql } from '@hazard-ledger/projection-engine';
import { Db, Page } from '../hazard-record/board-query';
import { ReadScope, ledgerTimeSlice, scopeCondition } from '../hazard-ledger/hazard-ledger.query';
import { HotWorkPermitFile } from './hot-work-permit-file';

/** UG-29 (hot work without approval) found by an inspection: the clause result, read from the inspection register. */
export const UNPERMITTED_HOT_WORK_CLAUSE = 'MHS2022-UG-29';

export interface HotWorkPermitQuery {
  scope: ReadScope;
  mineId?: string;
  status?: string;
  contractorId?: string;
  /** Windows overlapping [windowFrom, windowBefore). */
  windowFrom?: string;
  windowBefore?: string;
  asOf?: string;
  validAt?: string;
  limit: number;
  cursor?: string;
}

export interface UnpermittedHotWorkFinding {
  inspectionId: string;
  mineId: string;
  mineName: string | null;
  inspectedAt: string;
  hazardId: string | null;
}

export type HotWorkPermitItem = HotWorkPermitFile;

const SELECT = `permit_id AS "permitId", mine_id AS "mineId", mine_name AS "mineName", jurisdiction, status, location,
  underground, work, ${isoSql('window_start')} AS "windowStart", ${isoSql('window_end')} AS "windowEnd", precautions,
  contractor_id AS "contractorId", requested_by AS "requestedBy", ${isoSql('requested_at')} AS "requestedAt",
  policy_version AS "policyVersion", approved_by AS "approvedBy", ${isoSql('approved_at')} AS "approvedAt",
  approved_precautions AS "approvedPrecautions", ${isoSql('started_at')} AS "startedAt",
  ${isoSql('finished_at')} AS "finishedAt", finish_note AS "finishNote", ${isoSql('cancelled_at')} AS "cancelledAt",
  cancel_reason AS "cancelReason"`;

/** 动火作业票台账, latest window first. */
export const queryHotWorkPermits = async (db: Db, q: HotWorkPermitQuery): Promise<Page<HotWorkPermitItem>> => {
  const p = new Params();
  const slice = ledgerTimeSlice(q, p, 'hot_work_permit_register');
  const c = [slice.where, scopeCondition(q.scope, p)];
  const eq = (column: string, value: unknown) => value !== undefined && c.push(`${column} = ${p.add(value)}`);
  eq('mine_id', q.mineId);
  eq('status', q.status);
  eq('contractor_id', q.contractorId);
  if (q.windowFrom !== undefined) c.push(`window_end >= ${p.add(q.windowFrom)}::timestamptz`);
  if (q.windowBefore !== undefined) c.push(`window_start < ${p.add(q.windowBefore)}::timestamptz`);
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM ${slice.table} WHERE ${c.join(' AND ')}`, [
    ...p.values,
  ])) as { n: number }[];
  if (q.cursor) {
    const [at, id] = decodeCursor(q.cursor, 2);
    c.push(`(window_start, permit_id) < (${p.add(at)}::timestamptz, ${p.add(id)})`);
  }
  const rows: HotWorkPermitItem[] = await db.query(
    `SELECT ${SELECT} FROM ${slice.table} WHERE ${c.join(' AND ')}
      ORDER BY window_start DESC, permit_id DESC LIMIT ${p.add(q.limit + 1)}`,
    p.values,
  );
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items,
    total: n,
    ...(rows.length > q.limit && last ? { nextCursor: encodeCursor([last.windowStart, last.permitId]) } : {}),
  };
};

/** Inspections (in scope, at the same time slice) whose clause UG-29 was a finding: unpermitted hot work found. */
export const queryUnpermittedHotWork = async (
  db: Db,
  q: Pick<HotWorkPermitQuery, 'scope' | 'mineId' | 'asOf' | 'validAt'>,
): Promise<UnpermittedHotWorkFinding[]> => {
  const p = new Params();
  const slice = ledgerTimeSlice(q, p, 'inspection_register');
  const c = [slice.where, scopeCondition(q.scope, p)];
  if (q.mineId !== undefined) c.push(`mine_id = ${p.add(q.mineId)}`);
  const clause = p.add(JSON.stringify([{ clauseId: UNPERMITTED_HOT_WORK_CLAUSE, result: 'finding' }]));
  c.push(`clauses @> ${clause}::jsonb`);
  const rows: (Omit<UnpermittedHotWorkFinding, 'hazardId'> & {
    clauses: { clauseId: string; hazardId: string | null }[];
  })[] = await db.query(
    `SELECT inspection_id AS "inspectionId", mine_id AS "mineId", mine_name AS "mineName",
              ${isoSql('started_at')} AS "inspectedAt", clauses
         FROM ${slice.table} WHERE ${c.join(' AND ')} ORDER BY started_at DESC, inspection_id DESC LIMIT 500`,
    p.values,
  );
  return rows.map(({ clauses, ...r }) => ({
    ...r,
    hazardId: clauses.find((x) => x.clauseId === UNPERMITTED_HOT_WORK_CLAUSE)?.hazardId ?? null,
  }));
};
