import { AccessActor, AccessKind, ChainedAccess } from './access-entry';

/** Any "run one statement in autocommit, give me the rows" function, e.g. `dataSource.query.bind(dataSource)`. */
export type AccessLogQuery = (sql: string, params?: unknown[]) => Promise<unknown[]>;

/** One access as auditors see it; accessedAt is ISO 8601 UTC with microseconds, exactly as hashed. */
export interface AccessLogEntryView {
  id: string;
  accessedAt: string;
  actor: AccessActor;
  kind: AccessKind;
  recordType: string;
  recordIds: string[];
  asOfPosition: string | null;
  query: ChainedAccess['query'];
  purpose: string | null;
  hash: string;
}

export interface AccessLogRow {
  id: string;
  accessed_at: string;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  actor_org: string;
  kind: AccessKind;
  record_type: string;
  record_ids: string[];
  as_of_position: string | null;
  query: ChainedAccess['query'];
  purpose: string | null;
  hash_alg: string;
  prev_hash: string;
  hash: string;
}

export const ACCESS_LOG_COLUMNS = `
  a.id::text AS id, to_char(a.accessed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS accessed_at,
  a.actor_id, a.actor_name, a.actor_role, a.actor_org, a.kind, a.record_type, a.record_ids, a.as_of_position,
  a.query, a.purpose, a.hash_alg, a.prev_hash, a.hash`;

export const toChainedAccess = (row: AccessLogRow): ChainedAccess => ({
  accessedAt: row.accessed_at,
  actor: { id: row.actor_id, name: row.actor_name, role: row.actor_role, org: row.actor_org },
  kind: row.kind,
  recordType: row.record_type,
  recordIds: row.record_ids,
  asOfPosition: row.as_of_position,
  query: row.query,
  purpose: row.purpose,
});

export const toEntryView = (row: AccessLogRow): AccessLogEntryView => ({
  id: row.id,
  ...toChainedAccess(row),
  hash: row.hash,
});
