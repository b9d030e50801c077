import { ACCESS_LOG_COLUMNS, AccessLogEntryView, AccessLogRow, AccessLogQuery, toEntryView } from './access-log-rows';

export const MAX_ACCESS_PAGE = 500;

/** All given criteria must hold. The time window is half-open: after ≤ accessedAt < before. */
export interface AccessLogFilter {
  /** Entries whose recordIds contain this id (GIN index). */
  recordId?: string;
  actorId?: string;
  recordType?: string;
  /** ISO 8601, exclusive. */
  before?: string;
  /** ISO 8601, inclusive. */
  after?: string;
  /** 1 … 500. */
  limit: number;
  /** From a previous page's nextCursor. */
  cursor?: string;
}

export interface AccessLogPage {
  /** Ascending by id (= chain order). */
  entries: AccessLogEntryView[];
  /** Present when more entries match. */
  nextCursor?: string;
}

export class InvalidAccessLogFilter extends Error {
  override readonly name = 'InvalidAccessLogFilter';
  constructor(detail: string) {
    super(`访问日志查询条件无效 / invalid access log filter: ${detail}`);
  }
}

// Opaque to callers so the paging key can change; today it is the last id seen.
export const encodeAccessCursor = (id: string): string => Buffer.from(`id:${id}`).toString('base64url');

export const decodeAccessCursor = (cursor: string): string => {
  const match = /^id:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InvalidAccessLogFilter('cursor is not one this service issued');
  return match[1];
};

// Strict ISO 8601 with a zone, so "2024-05-01" in some server's local time cannot slip through.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

const instant = (value: string, name: string): string => {
  if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidAccessLogFilter(`${name} must be an ISO 8601 time with a zone, e.g. 2024-05-01T08:00:00Z`);
  return value;
};

/** For auditors: "who viewed hazard H before T" = findAccesses(q, { recordId: H, before: T, limit }). */
export const findAccesses = async (query: AccessLogQuery, filter: AccessLogFilter): Promise<AccessLogPage> => {
  const { limit } = filter;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ACCESS_PAGE)
    throw new InvalidAccessLogFilter(`limit must be an integer from 1 to ${MAX_ACCESS_PAGE}`);
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (condition: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  // Literal conditions per criterion (not "$1 IS NULL OR …") so the planner can pick the GIN or btree index.
  if (filter.recordId !== undefined) add((p) => `a.record_ids @> ARRAY[${p}::text]`, filter.recordId);
  if (filter.actorId !== undefined) add((p) => `a.actor_id = ${p}`, filter.actorId);
  if (filter.recordType !== undefined) add((p) => `a.record_type = ${p}`, filter.recordType);
  if (filter.before !== undefined) add((p) => `a.accessed_at < ${p}::timestamptz`, instant(filter.before, 'before'));
  if (filter.after !== undefined) add((p) => `a.accessed_at >= ${p}::timestamptz`, instant(filter.after, 'after'));
  if (filter.cursor !== undefined) add((p) => `a.id > ${p}::bigint`, decodeAccessCursor(filter.cursor));
  params.push(limit + 1);
  const rows = (await query(
    `SELECT ${ACCESS_LOG_COLUMNS} FROM access_log a
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.id LIMIT $${params.length}`,
    params,
  )) as AccessLogRow[];
  const entries = rows.slice(0, limit).map(toEntryView);
  return rows.length > limit
    ? { entries, nextCursor: encodeAccessCursor(entries[entries.length - 1].id) }
    : { entries };
};
