import { EntityManager } from 'typeorm';
import { Params, decodeCursor, encodeCursor, isoSql } from '@hazard-ledger/projection-engine';
import { LedgerRow } from './hazard-ledger.model';

export type ReadScope =
  | { kind: 'all' }
  | { kind: 'mines'; mineIds: string[] }
  | { kind: 'jurisdictions'; codes: string[] };

export interface LedgerFilter {
  mineId?: string;
  jurisdiction?: string;
  grade?: 'major' | 'general';
  status?: string[];
  clauseId?: string;
  source?: string;
  basicCondition?: boolean;
  open?: boolean;
  /** Remediation still owed and its deadline passed at the time looked at. */
  overdue?: boolean;
  discoveredFrom?: string;
  discoveredBefore?: string;
  determinedFrom?: string;
  determinedBefore?: string;
  deadlineFrom?: string;
  deadlineBefore?: string;
  /** 外包单位: hazards by contractor. */
  contractorId?: string;
}

export const LEDGER_SORTS = {
  discoveredAt: 'discovered_at',
  determinedAt: 'determined_at',
  deadline: 'deadline',
  lastOccurredAt: 'last_occurred_at',
} as const;
export type LedgerSort = keyof typeof LEDGER_SORTS;

export interface LedgerQuery {
  filter: LedgerFilter;
  scope: ReadScope;
  /** System time: the ledger as the platform knew it then. */
  asOf?: string;
  /** Valid time: as things stood in the world then, as recorded so far. */
  validAt?: string;
  /** The instant "overdue" is judged at when neither asOf nor validAt is given. */
  now: string;
  sort: LedgerSort;
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string;
}

export interface LedgerPage {
  items: LedgerRow[];
  total: number;
  nextCursor?: string;
}

const ROW = `hazard_id AS "hazardId", mine_id AS "mineId", mine_name AS "mineName", jurisdiction, site_type AS "siteType",
  status, grade, clause_id AS "clauseId", basic_condition AS "basicCondition", source, description, location,
  discovered_by AS "discoveredBy", ${isoSql('discovered_at')} AS "discoveredAt", ${isoSql('determined_at')} AS "determinedAt",
  ${isoSql('deadline')} AS "deadline", supervision_level AS "supervisionLevel", suspended, open, pending,
  ${isoSql('ended_at')} AS "endedAt", closed_without_sign_off AS "closedWithoutSignOff", last_event_type AS "lastEventType", ${isoSql('last_occurred_at')} AS "lastOccurredAt",
  contractor_id AS "contractorId"`;

/** Which version table and range answer the question: open rows today, or the row whose range holds the instant. */
export const ledgerTimeSlice = (q: Pick<LedgerQuery, 'asOf' | 'validAt'>, p: Params, base = 'hazard_ledger') =>
  q.validAt !== undefined
    ? { table: `${base}_valid`, where: `valid_time @> ${p.add(q.validAt)}::timestamptz` }
    : q.asOf !== undefined
      ? { table: base, where: `system_time @> ${p.add(q.asOf)}::timestamptz` }
      : { table: base, where: 'upper_inf(system_time)' };

export const scopeCondition = (scope: ReadScope, p: Params): string =>
  scope.kind === 'all'
    ? 'TRUE'
    : scope.kind === 'mines'
      ? `mine_id = ANY(${p.add(scope.mineIds)})`
      : `jurisdiction = ANY(${p.add(scope.codes)})`;

export const ledgerConditions = (q: LedgerQuery, p: Params): string[] => {
  const f = q.filter;
  const c: string[] = [scopeCondition(q.scope, p)];
  const eq = (column: string, value: unknown) => value !== undefined && c.push(`${column} = ${p.add(value)}`);
  eq('mine_id', f.mineId);
  eq('jurisdiction', f.jurisdiction);
  eq('grade', f.grade);
  eq('clause_id', f.clauseId);
  eq('source', f.source);
  eq('basic_condition', f.basicCondition);
  eq('open', f.open);
  eq('contractor_id', f.contractorId);
  if (f.status?.length) c.push(`status = ANY(${p.add(f.status)})`);
  const range = (column: string, from?: string, before?: string) => {
    if (from !== undefined) c.push(`${column} >= ${p.add(from)}::timestamptz`);
    if (before !== undefined) c.push(`${column} < ${p.add(before)}::timestamptz`);
  };
  range('discovered_at', f.discoveredFrom, f.discoveredBefore);
  range('determined_at', f.determinedFrom, f.determinedBefore);
  range('deadline', f.deadlineFrom, f.deadlineBefore);
  if (f.overdue !== undefined) {
    const overdue = `(pending AND deadline < ${p.add(q.validAt ?? q.asOf ?? q.now)}::timestamptz)`;
    c.push(f.overdue ? overdue : `NOT ${overdue}`);
  }
  return c;
};

// Missing dates sort after every real one, so keyset pagination needs no NULL special cases.
const sortExpr = (sort: LedgerSort) => `coalesce(${LEDGER_SORTS[sort]}, '9999-12-31T00:00:00Z'::timestamptz)`;

/** One indexed query per page (plus its count): today's ledger, or as it stood at asOf / validAt. */
export const queryHazardLedger = async (db: Pick<EntityManager, 'query'>, q: LedgerQuery): Promise<LedgerPage> => {
  const p = new Params();
  const slice = ledgerTimeSlice(q, p);
  const conditions = [slice.where, ...ledgerConditions(q, p)];
  const countSql = `SELECT count(*)::int AS n FROM ${slice.table} WHERE ${conditions.join(' AND ')}`;
  const countParams = [...p.values];
  const sort = sortExpr(q.sort);
  if (q.cursor) {
    const [value, id] = decodeCursor(q.cursor, 2);
    const op = q.order === 'asc' ? '>' : '<';
    conditions.push(`(${sort}, hazard_id) ${op} (${p.add(value)}::timestamptz, ${p.add(id)})`);
  }
  const dir = q.order === 'asc' ? 'ASC' : 'DESC';
  const rows: (LedgerRow & { sortValue: string })[] = await db.query(
    `SELECT ${ROW}, ${isoSql(sort)} AS "sortValue" FROM ${slice.table} WHERE ${conditions.join(' AND ')}
      ORDER BY ${sort} ${dir}, hazard_id ${dir} LIMIT ${p.add(q.limit + 1)}`,
    p.values,
  );
  const [{ n }] = (await db.query(countSql, countParams)) as { n: number }[];
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortValue: _s, ...row }) => row),
    total: n,
    ...(more && last ? { nextCursor: encodeCursor([last.sortValue, last.hazardId]) } : {}),
  };
};
