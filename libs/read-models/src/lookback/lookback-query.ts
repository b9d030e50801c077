import { EntityManager } from 'typeorm';
import { Params, isoSql } from '@hazard-ledger/projection-engine';

export type Db = Pick<EntityManager, 'query'>;
export interface Bilingual {
  zh: string;
  en: string;
}

/** The cut an answer used: system time (what the record showed then) and, where the query uses it, valid time. */
export interface LookbackCut {
  asOf: string;
  validAt?: string;
  /** The highest log position (global_position) the answer could see: facts recorded at or before asOf. */
  throughPosition: string | null;
}

/** One event behind a row: enough to find it in the log and recompute its hash (`verify`). */
export interface EvidenceRef {
  streamId: string;
  revision: string;
  position: string;
  eventId: string;
  type: string;
  hash: string;
  actor: { id: string; name: string; role: string; org: string };
  onBehalfOfId: string | null;
  occurredAt: string;
  recordedAt: string;
  /** The mine of the event's stream (null for a record of no mine, e.g. an enforcement plan). */
  mineId: string | null;
}

export interface LookbackRow {
  /** Stable row key (the ordering key): answers at the same cut list rows in the same order. */
  key: string;
  mineId: string | null;
  [field: string]: unknown;
  evidence: EvidenceRef[];
}

/** The filters every query takes; absent = the whole scope. `from`/`to` bound the acts' system time. */
export interface LookbackParams {
  /** Only the queries about one hazard (LB-01) use it. */
  hazardId?: string;
  mineId?: string;
  jurisdiction?: string;
  from?: string;
  to?: string;
}

export interface ParamSpec {
  name: string;
  description: Bilingual;
  default?: string | number;
}

/** A named, versioned look-back question (docs/lookback.md describes each). */
export interface LookbackQuery {
  id: string;
  version: number;
  title: Bilingual;
  description: Bilingual;
  /** The item of domain.md §9 it answers and its legal basis. */
  source: string;
  params: ParamSpec[];
  limits: Bilingual;
  /** The row fields shown in a table or an export, in order, with their Chinese/English headers. */
  columns: { field: string; header: string }[];
  /** Rows (without evidence): `positions` name the facts behind each row; the runner attaches their evidence. */
  run(db: Db, cut: LookbackCut, params: LookbackParams): Promise<RawRow[]>;
  /**
   * One page of the same rows without computing the rest, for answers too long to build whole per read (a busy
   * mine's year): rows with keys after `page.after`, ascending, at most `page.limit + 1`; and how many rows the whole
   * answer has. Queries without it are paged over their whole answer (lookback-page.ts).
   */
  runPage?(db: Db, cut: LookbackCut, params: LookbackParams, page: PageRequest): Promise<RawPage>;
}

/** A page of an answer in row-key order: at most `limit` rows after the key `after` (the previous page's last). */
export interface PageRequest {
  limit: number;
  after?: string;
}

export interface RawPage {
  rows: RawRow[];
  total: number;
}

export interface RawRow {
  key: string;
  mineId: string | null;
  [field: string]: unknown;
  positions: string[];
}

/** Where a query looks: one mine or one jurisdiction (absent = every mine the cut knows). */
export const SCOPE_PARAMS: ParamSpec[] = [
  { name: 'mineId', description: { zh: '矿山', en: 'the mine' } },
  { name: 'jurisdiction', description: { zh: '辖区代码', en: 'jurisdiction code' } },
];

/** Scope and period: for the queries that bound what they list by a period (each says how). */
export const COMMON_PARAMS: ParamSpec[] = [
  ...SCOPE_PARAMS,
  { name: 'from', description: { zh: '期间起（记录时间）', en: 'period start (system time)' } },
  { name: 'to', description: { zh: '期间止（记录时间）', en: 'period end (system time)' } },
];

/**
 * The parameters given that the query does not take: a query that applies no period is refused one, rather than
 * answering the whole history under a period it did not apply.
 */
export const paramsNotTaken = (query: Pick<LookbackQuery, 'params'>, given: LookbackParams): string[] =>
  Object.entries(given)
    .filter(([name, value]) => value !== undefined && !query.params.some((p) => p.name === name))
    .map(([name]) => name);

/**
 * The facts visible at the cut and inside the filters, as a SQL condition on alias `f`. Facts are immutable, so
 * "as of T" is exactly the rows recorded at or before T.
 */
export const factScope = (p: Params, cut: LookbackCut, q: LookbackParams, alias = 'f'): string => {
  const c = [`${alias}.recorded_at <= ${p.add(cut.asOf)}::timestamptz`];
  if (q.mineId !== undefined) c.push(`${alias}.mine_id = ${p.add(q.mineId)}`);
  if (q.jurisdiction !== undefined)
    c.push(`${alias}.mine_id IN (SELECT mine_id FROM lookback_mines WHERE jurisdiction = ${p.add(q.jurisdiction)})`);
  return c.join(' AND ');
};

/** The period filter on the acts a query lists (system time, inclusive). */
export const periodOf = (p: Params, q: LookbackParams, alias = 'f'): string[] => [
  ...(q.from !== undefined ? [`${alias}.recorded_at >= ${p.add(q.from)}::timestamptz`] : []),
  ...(q.to !== undefined ? [`${alias}.recorded_at <= ${p.add(q.to)}::timestamptz`] : []),
];

export const iso = isoSql;

/** Resolves the cut: the highest position recorded at or before asOf (null when nothing was). */
export const resolveCut = async (db: Db, asOf: string, validAt?: string): Promise<LookbackCut> => {
  // Whole UTC days before T from their highs, then T's own day from the facts (lookback_day_highs).
  const [row]: { p: string | null }[] = await db.query(
    `WITH cut AS (SELECT $1::timestamptz AS at, (($1::timestamptz AT TIME ZONE 'UTC')::date) AS day)
     SELECT GREATEST(
       (SELECT max(h.high_position) FROM lookback_day_highs h, cut WHERE h.day < cut.day),
       (SELECT max(f.position) FROM lookback_facts f, cut
         WHERE f.recorded_at >= (cut.day::timestamp AT TIME ZONE 'UTC') AND f.recorded_at <= cut.at))::text AS p`,
    [asOf],
  );
  return { asOf, ...(validAt ? { validAt } : {}), throughPosition: row?.p ?? null };
};
