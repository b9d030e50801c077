import { EntityManager } from 'typeorm';
import { Params, decodeCursor, encodeCursor, isoSql } from '@hazard-ledger/projection-engine';
import { ReadScope, ledgerTimeSlice, scopeCondition } from '../hazard-ledger/hazard-ledger.query';

export interface BoardQuery {
  scope: ReadScope;
  mineId?: string;
  jurisdiction?: string;
  open?: boolean;
  /** 双报告: only hazards with a late or missing report; 挂牌督办: only overdue items. */
  flagged?: boolean;
  asOf?: string;
  validAt?: string;
  now: string;
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  nextCursor?: string;
}

export type Db = Pick<EntityManager, 'query'>;

/** One page of a board, in `sql.sort` then hazard id order, with the total. */
export const paged = async <T extends { hazardId: string; sortValue: string }>(
  db: Db,
  q: BoardQuery,
  p: Params,
  sql: { select: string; table: string; conditions: string[]; sort: string },
): Promise<Page<Omit<T, 'sortValue'>>> => {
  const where = sql.conditions.join(' AND ');
  // Counted over the same select so every parameter bound so far (the instant judged at) is referenced.
  const [{ n }] = (await db.query(
    `SELECT count(*)::int AS n FROM (SELECT ${sql.select} FROM ${sql.table} WHERE ${where}) s`,
    [...p.values],
  )) as { n: number }[];
  const conditions = [...sql.conditions];
  if (q.cursor) {
    const [value, id] = decodeCursor(q.cursor, 2);
    conditions.push(`(${sql.sort}, hazard_id) > (${p.add(value)}::timestamptz, ${p.add(id)})`);
  }
  const rows: T[] = await db.query(
    `SELECT ${sql.select}, ${isoSql(sql.sort)} AS "sortValue" FROM ${sql.table} WHERE ${conditions.join(' AND ')}
      ORDER BY ${sql.sort}, hazard_id LIMIT ${p.add(q.limit + 1)}`,
    p.values,
  );
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortValue: _s, ...row }) => row),
    total: n,
    ...(rows.length > q.limit && last ? { nextCursor: encodeCursor([last.sortValue, last.hazardId]) } : {}),
  };
};

/** The time slice, scope and filters every board shares; `at` is the instant judged at. */
export const common = (q: BoardQuery, p: Params, base: string) => {
  const slice = ledgerTimeSlice(q, p, base);
  const conditions = [slice.where, scopeCondition(q.scope, p)];
  if (q.mineId !== undefined) conditions.push(`mine_id = ${p.add(q.mineId)}`);
  if (q.jurisdiction !== undefined) conditions.push(`jurisdiction = ${p.add(q.jurisdiction)}`);
  if (q.open !== undefined) conditions.push(`open = ${p.add(q.open)}`);
  return { table: slice.table, conditions, at: `${p.add(q.validAt ?? q.asOf ?? q.now)}::timestamptz` };
};

export const ROW_HEAD = `hazard_id AS "hazardId", mine_id AS "mineId", mine_name AS "mineName", jurisdiction, status, open`;
