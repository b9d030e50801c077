import { Params, decodeCursor, encodeCursor, isoSql } from '@hazard-ledger/projection-engine';
import { Db, Page } from '../hazard-record/board-query';
import { ReadScope, ledgerTimeSlice, scopeCondition } from '../hazard-ledger/hazard-ledger.query';

export interface MonthlyCheckRegisterQuery {
  scope: ReadScope;
  mineId?: string;
  /** Months [fromMonth, toMonth], YYYY-MM. */
  fromMonth?: string;
  toMonth?: string;
  result?: string;
  late?: boolean;
  ledByPrincipal?: boolean;
  asOf?: string;
  validAt?: string;
  limit: number;
  cursor?: string;
}

export interface MonthlyCheckRegisterItem {
  checkId: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  month: string;
  performedAt: string;
  recordedAt: string;
  /** Named leader (name, position); events before the review fix carry the recording user (id, name, role). */
  leader: { name: string; position?: string; id?: string; role?: string };
  ledByPrincipal: boolean;
  participants: { name: string; position: string }[];
  areas: string[];
  clauses: string[];
  deadline: string;
  late: boolean;
  policyVersion: string;
  hazardIds: string[];
  result: string | null;
  summary: string | null;
  signedBy: { id: string; name: string } | null;
  signedAt: string | null;
}

export const MONTHLY_CHECK_SELECT = `check_id AS "checkId", mine_id AS "mineId", mine_name AS "mineName", jurisdiction,
  month, ${isoSql('performed_at')} AS "performedAt", ${isoSql('recorded_at')} AS "recordedAt", leader,
  led_by_principal AS "ledByPrincipal", participants, areas, clauses, ${isoSql('deadline')} AS "deadline", late,
  policy_version AS "policyVersion", hazard_ids AS "hazardIds", result, summary, signed_by AS "signedBy",
  ${isoSql('signed_at')} AS "signedAt"`;

export const monthlyCheckConditions = (q: Omit<MonthlyCheckRegisterQuery, 'limit'>, p: Params) => {
  const slice = ledgerTimeSlice(q, p, 'monthly_check_register');
  const c = [slice.where, scopeCondition(q.scope, p)];
  const eq = (column: string, value: unknown) => value !== undefined && c.push(`${column} = ${p.add(value)}`);
  eq('mine_id', q.mineId);
  eq('result', q.result);
  eq('late', q.late);
  eq('led_by_principal', q.ledByPrincipal);
  // YYYY-MM compares as text in calendar order.
  if (q.fromMonth !== undefined) c.push(`month >= ${p.add(q.fromMonth)}`);
  if (q.toMonth !== undefined) c.push(`month <= ${p.add(q.toMonth)}`);
  return { table: slice.table, conditions: c };
};

/** 月度排查台账, newest month first. */
export const queryMonthlyCheckRegister = async (
  db: Db,
  q: MonthlyCheckRegisterQuery,
): Promise<Page<MonthlyCheckRegisterItem>> => {
  const p = new Params();
  const { table, conditions } = monthlyCheckConditions(q, p);
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${conditions.join(' AND ')}`, [
    ...p.values,
  ])) as { n: number }[];
  if (q.cursor) {
    const [month, id] = decodeCursor(q.cursor, 2);
    conditions.push(`(month, check_id) < (${p.add(month)}, ${p.add(id)})`);
  }
  const rows: MonthlyCheckRegisterItem[] = await db.query(
    `SELECT ${MONTHLY_CHECK_SELECT} FROM ${table} WHERE ${conditions.join(' AND ')}
      ORDER BY month DESC, check_id DESC LIMIT ${p.add(q.limit + 1)}`,
    p.values,
  );
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items,
    total: n,
    ...(rows.length > q.limit && last ? { nextCursor: encodeCursor([last.month, last.checkId]) } : {}),
  };
};
