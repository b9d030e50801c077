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

type Db = Pick<EntityManager, 'query'>;

const hours = (later: string, earlier: string) => `round(extract(epoch FROM (${later}) - (${earlier})) / 3600, 2)`;

// Delay and breach of one recipient's report, judged at the instant looked at (a missing report keeps counting).
const track = (prefix: string, at: string) => {
  const due = `determined_at + ${prefix}_allowed_hours * interval '1 hour'`;
  const breach = `(${prefix}_allowed_hours IS NOT NULL AND coalesce(${prefix}_received_at, ${at}) > ${due})`;
  return {
    select: `json_build_object('allowedHours', ${prefix}_allowed_hours::float8, 'dueBy', ${isoSql(due)},
      'submittedAt', ${isoSql(`${prefix}_submitted_at`)}, 'receivedAt', ${isoSql(`${prefix}_received_at`)},
      'delayHours', ${hours(`${prefix}_received_at`, 'determined_at')}::float8,
      'elapsedHours', ${hours(`coalesce(${prefix}_received_at, ${at})`, 'determined_at')}::float8,
      'breach', ${breach})`,
    breach,
  };
};

const paged = async <T extends { hazardId: string; sortValue: string }>(
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

const common = (q: BoardQuery, p: Params, base: string) => {
  const slice = ledgerTimeSlice(q, p, base);
  const conditions = [slice.where, scopeCondition(q.scope, p)];
  if (q.mineId !== undefined) conditions.push(`mine_id = ${p.add(q.mineId)}`);
  if (q.jurisdiction !== undefined) conditions.push(`jurisdiction = ${p.add(q.jurisdiction)}`);
  if (q.open !== undefined) conditions.push(`open = ${p.add(q.open)}`);
  return { table: slice.table, conditions, at: `${p.add(q.validAt ?? q.asOf ?? q.now)}::timestamptz` };
};

const ROW_HEAD = `hazard_id AS "hazardId", mine_id AS "mineId", mine_name AS "mineName", jurisdiction, status, open`;

/** 双报告 board, oldest determination first; `flagged` keeps hazards with a breach on either report. */
export const queryDualReportBoard = (db: Db, q: BoardQuery) => {
  const p = new Params();
  const { table, conditions, at } = common(q, p, 'dual_report_board');
  const regulator = track('regulator', at);
  const congress = track('congress', at);
  if (q.flagged !== undefined) conditions.push(`${q.flagged ? '' : 'NOT '}(${regulator.breach} OR ${congress.breach})`);
  return paged<{ hazardId: string; sortValue: string }>(db, q, p, {
    table,
    conditions,
    sort: 'determined_at',
    select: `${ROW_HEAD}, ${isoSql('determined_at')} AS "determinedAt", policy_version AS "policyVersion",
      ${regulator.select} AS regulator, ${congress.select} AS "workersCongress"`,
  });
};

/** 挂牌督办 board, earliest deadline first; `flagged` keeps the overdue items. */
export const querySupervisionBoard = (db: Db, q: BoardQuery) => {
  const p = new Params();
  const { table, conditions, at } = common(q, p, 'supervision_board');
  const overdue = `(pending AND deadline < ${at})`;
  if (q.flagged !== undefined) conditions.push(q.flagged ? overdue : `NOT ${overdue}`);
  return paged<{ hazardId: string; sortValue: string }>(db, q, p, {
    table,
    conditions,
    sort: 'deadline',
    select: `${ROW_HEAD}, pending, level, unit, notice_no AS "noticeNo", supervising_official AS "supervisingOfficial",
      ${isoSql('listed_at')} AS "listedAt", ${isoSql('listing_deadline')} AS "listingDeadline",
      ${isoSql('deadline')} AS deadline, extensions, extensions_granted AS "extensionsGranted",
      ${isoSql('signed_off_at')} AS "signedOffAt", ${overdue} AS overdue`,
  });
};
