import { Params, decodeCursor, encodeCursor, isoSql } from '@hazard-ledger/projection-engine';
import { Db, Page } from '../hazard-record/board-query';
import { ReadScope, ledgerTimeSlice, scopeCondition } from '../hazard-ledger/hazard-ledger.query';

export interface InspectionRegisterQuery {
  scope: ReadScope;
  mineId?: string;
  /** A team member's user id. */
  inspectorId?: string;
  kind?: string;
  /** Period on when the inspection took place: [startedFrom, startedBefore). */
  startedFrom?: string;
  startedBefore?: string;
  /** true: only inspections still missing a member's signature. */
  unsigned?: boolean;
  late?: boolean;
  asOf?: string;
  validAt?: string;
  limit: number;
  cursor?: string;
}

export interface InspectionRegisterItem {
  inspectionId: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  kind: string;
  planItemId: string | null;
  areas: string[];
  team: { userId: string; name: string; certificateNo: string; leader: boolean }[];
  startedAt: string;
  recordedAt: string;
  late: boolean;
  lateReason: string | null;
  clauses: unknown[];
  clausesExamined: number;
  findings: number;
  mediaCount: number;
  knowledgeAverage: number | null;
  result: string | null;
  resultSummary: string | null;
  signatures: unknown[];
  unsignedMembers: string[];
  unsigned: boolean;
  completedAt: string | null;
}

const SELECT = `inspection_id AS "inspectionId", mine_id AS "mineId", mine_name AS "mineName", jurisdiction, kind,
  plan_item_id AS "planItemId", areas, team, ${isoSql('started_at')} AS "startedAt",
  ${isoSql('recorded_at')} AS "recordedAt", late, late_reason AS "lateReason", clauses,
  clauses_examined AS "clausesExamined", findings, media_count AS "mediaCount",
  knowledge_average::float8 AS "knowledgeAverage", result, result_summary AS "resultSummary", signatures,
  unsigned_members AS "unsignedMembers", unsigned, ${isoSql('completed_at')} AS "completedAt"`;

const conditionsOf = (q: InspectionRegisterQuery, p: Params): { table: string; conditions: string[] } => {
  const slice = ledgerTimeSlice(q, p, 'inspection_register');
  const c = [slice.where, scopeCondition(q.scope, p)];
  if (q.mineId !== undefined) c.push(`mine_id = ${p.add(q.mineId)}`);
  if (q.kind !== undefined) c.push(`kind = ${p.add(q.kind)}`);
  if (q.inspectorId !== undefined) c.push(`team @> ${p.add(JSON.stringify([{ userId: q.inspectorId }]))}::jsonb`);
  if (q.startedFrom !== undefined) c.push(`started_at >= ${p.add(q.startedFrom)}::timestamptz`);
  if (q.startedBefore !== undefined) c.push(`started_at < ${p.add(q.startedBefore)}::timestamptz`);
  if (q.unsigned !== undefined) c.push(`unsigned = ${p.add(q.unsigned)}`);
  if (q.late !== undefined) c.push(`late = ${p.add(q.late)}`);
  return { table: slice.table, conditions: c };
};

/** 检查台账, newest inspection first; unsigned ones carry `unsigned` and the members still to sign. */
export const queryInspectionRegister = async (
  db: Db,
  q: InspectionRegisterQuery,
): Promise<Page<InspectionRegisterItem>> => {
  const p = new Params();
  const { table, conditions } = conditionsOf(q, p);
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${conditions.join(' AND ')}`, [
    ...p.values,
  ])) as { n: number }[];
  if (q.cursor) {
    const [at, id] = decodeCursor(q.cursor, 2);
    conditions.push(`(started_at, inspection_id) < (${p.add(at)}::timestamptz, ${p.add(id)})`);
  }
  const rows: InspectionRegisterItem[] = await db.query(
    `SELECT ${SELECT} FROM ${table} WHERE ${conditions.join(' AND ')}
      ORDER BY started_at DESC, inspection_id DESC LIMIT ${p.add(q.limit + 1)}`,
    p.values,
  );
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items,
    total: n,
    ...(rows.length > q.limit && last ? { nextCursor: encodeCursor([last.startedAt, last.inspectionId]) } : {}),
  };
};
