import { Params, decodeCursor, encodeCursor, isoSql } from '@hazard-ledger/projection-engine';
import { Db, Page } from '../hazard-record/board-query';
import { ReadScope, ledgerTimeSlice, scopeCondition } from '../hazard-ledger/hazard-ledger.query';

/** What every register of the regulator's records takes: scope, mine, both time axes, flags, one page. */
export interface RegisterQuery {
  scope: ReadScope;
  mineId?: string;
  jurisdiction?: string;
  asOf?: string;
  validAt?: string;
  limit: number;
  cursor?: string;
}

/** The time slice, scope and mine filters a register shares; more conditions are pushed by the caller. */
export const registerConditions = (q: RegisterQuery, p: Params, base: string) => {
  const slice = ledgerTimeSlice(q, p, base);
  const conditions = [slice.where, scopeCondition(q.scope, p)];
  if (q.mineId !== undefined) conditions.push(`mine_id = ${p.add(q.mineId)}`);
  if (q.jurisdiction !== undefined) conditions.push(`jurisdiction = ${p.add(q.jurisdiction)}`);
  return { table: slice.table, conditions };
};

/** One page in (`sort`, `key`) order with the total; the cursor is the last row's sort value and key. */
export const pagedRegister = async <T extends Record<string, unknown>>(
  db: Db,
  q: RegisterQuery,
  p: Params,
  sql: { select: string; table: string; conditions: string[]; sort: string; key: string; keyAs: string },
): Promise<Page<T>> => {
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM ${sql.table} WHERE ${sql.conditions.join(' AND ')}`, [
    ...p.values,
  ])) as { n: number }[];
  const conditions = [...sql.conditions];
  if (q.cursor) {
    const [value, id] = decodeCursor(q.cursor, 2);
    conditions.push(`(${sql.sort}, ${sql.key}) > (${p.add(value)}::timestamptz, ${p.add(id)})`);
  }
  const rows: (T & { sortValue: string })[] = await db.query(
    `SELECT ${sql.select}, ${isoSql(sql.sort)} AS "sortValue" FROM ${sql.table} WHERE ${conditions.join(' AND ')}
      ORDER BY ${sql.sort}, ${sql.key} LIMIT ${p.add(q.limit + 1)}`,
    p.values,
  );
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortValue: _s, ...row }) => row as unknown as T),
    total: n,
    ...(rows.length > q.limit && last ? { nextCursor: encodeCursor([last.sortValue, String(last[sql.keyAs])]) } : {}),
  };
};
