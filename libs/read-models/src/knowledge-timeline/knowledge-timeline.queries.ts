import { Queryable, Row, instantParam, sqlOf } from '../audit-trail/query-support';
import { isoSql } from '@hazard-ledger/projection-engine';
import { KnowledgeParty } from './knowledge-facts';

export interface KnowledgeTimelineQuery {
  hazardId: string;
  /** System time: first knowledge as the platform knew it then (only events recorded by asOf count). */
  asOf?: Date | string;
  /** Valid time: only knowledge claimed to have occurred by validAt. */
  validAt?: Date | string;
}

/** When a party first knew of the hazard, and the event that shows it. */
export interface KnowledgeTimelineEntry {
  party: KnowledgeParty;
  /** The evidence's occurredAt (ISO µs UTC). */
  firstKnownAt: string;
  /** When the platform recorded that evidence (ISO µs UTC). */
  recordedAt: string;
  evidence: {
    kind: 'event';
    position: string;
    eventType: string;
    actor: { id: string; name: string; role: string };
  };
}

const COLUMNS = `party, ${isoSql('occurred_at')} AS "firstKnownAt", ${isoSql('recorded_at')} AS "recordedAt",
  position::text AS position, event_type AS "eventType", actor_id, actor_name, actor_role`;

// With no cut the maintained summary answers; with a cut, the earliest qualifying evidence row per party.
const CURRENT = `SELECT ${COLUMNS} FROM hazard_first_knowledge WHERE hazard_id = $1
  ORDER BY occurred_at, position, party`;

const AS_OF = `SELECT ${COLUMNS} FROM (
    SELECT DISTINCT ON (party) * FROM hazard_knowledge_events
     WHERE hazard_id = $1
       AND ($2::timestamptz IS NULL OR recorded_at <= $2::timestamptz)
       AND ($3::timestamptz IS NULL OR occurred_at <= $3::timestamptz)
     ORDER BY party, occurred_at, position
  ) AS first
  ORDER BY occurred_at, position, party`;

const toEntry = (r: Row): KnowledgeTimelineEntry => ({
  party: r.party as KnowledgeParty,
  firstKnownAt: String(r.firstKnownAt),
  recordedAt: String(r.recordedAt),
  evidence: {
    kind: 'event',
    position: String(r.position),
    eventType: String(r.eventType),
    actor: { id: String(r.actor_id), name: String(r.actor_name), role: String(r.actor_role) },
  },
});

/** 知情时间线 of one hazard: each party's first knowledge, earliest first. Parties with no evidence are absent. */
export const knowledgeTimelineOf = async (
  db: Queryable,
  q: KnowledgeTimelineQuery,
): Promise<KnowledgeTimelineEntry[]> => {
  const sql = sqlOf(db);
  const rows =
    q.asOf === undefined && q.validAt === undefined
      ? await sql(CURRENT, [q.hazardId])
      : await sql(AS_OF, [q.hazardId, instantParam(q.asOf), instantParam(q.validAt)]);
  return rows.map(toEntry);
};
