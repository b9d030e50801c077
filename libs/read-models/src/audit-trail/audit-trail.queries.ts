import { EventData } from '@hazard-ledger/domain';
import { FieldChange } from './diff-states';
import { Queryable, Row, checkLimit, decodeCursor, encodeCursor, instantParam, sqlOf } from './query-support';
import { isoSql } from '@hazard-ledger/projection-engine';

/** One audit-trail entry as the API returns it: positions as decimal strings, times as ISO µs UTC. */
export interface AuditTrailEntry {
  position: string;
  streamId: string;
  entityType: string;
  entityId: string;
  revision: string;
  eventType: string;
  eventId: string;
  actor: { id: string; name: string; role: string; org: string };
  onBehalfOfId: string | null;
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  changes: FieldChange[];
  data: EventData;
}

export interface AuditTrailPage {
  entries: AuditTrailEntry[];
  /** Present when more entries follow; pass it back as `cursor` for the next page. */
  nextCursor?: string;
}

interface TimeCuts {
  /** System time: only what the platform had recorded by then (recorded_at ≤ asOf). */
  asOf?: Date | string;
  /** Valid time: only what had happened by then, as recorded so far (occurred_at ≤ validAt). */
  validAt?: Date | string;
  limit: number;
  cursor?: string;
}

export interface EntityTrailQuery extends TimeCuts {
  entityType: string;
  entityId: string;
}

export interface ActorTrailQuery extends TimeCuts {
  actorId: string;
  /** Window on recorded_at (when the actor's act reached the platform): from ≤ recorded_at < to. */
  from?: Date | string;
  to?: Date | string;
}

const COLUMNS = `position::text AS position, commit_position::text AS "commitPosition", stream_id AS "streamId",
  entity_type AS "entityType", entity_id AS "entityId", revision::text AS revision, event_type AS "eventType",
  event_id::text AS "eventId", actor_id, actor_name, actor_role, actor_org, on_behalf_of_id AS "onBehalfOfId",
  ${isoSql('occurred_at')} AS "occurredAt", ${isoSql('recorded_at')} AS "recordedAt", reason, changes, data`;

const toEntry = ({ commitPosition: _c, actor_id, actor_name, actor_role, actor_org, ...rest }: Row): AuditTrailEntry =>
  ({
    ...rest,
    actor: { id: actor_id, name: actor_name, role: actor_role, org: actor_org },
  }) as AuditTrailEntry;

/**
 * Pages run in log order (commit position, then global position) — the order the projection applies events in —
 * so a row that appears while a client pages always lands after its cursor: every entry is returned exactly once.
 * Within one entity this is revision order.
 */
async function page(db: Queryable, where: string, params: unknown[], q: TimeCuts): Promise<AuditTrailPage> {
  const limit = checkLimit(q.limit);
  const after = q.cursor === undefined ? null : decodeCursor(q.cursor);
  const n = params.length;
  const rows = await sqlOf(db)(
    `SELECT ${COLUMNS} FROM audit_trail
      WHERE ${where}
        AND ($${n + 1}::timestamptz IS NULL OR recorded_at <= $${n + 1}::timestamptz)
        AND ($${n + 2}::timestamptz IS NULL OR occurred_at <= $${n + 2}::timestamptz)
        AND ($${n + 3}::bigint IS NULL OR (commit_position, position) > ($${n + 3}::bigint, $${n + 4}::bigint))
      ORDER BY commit_position, position
      LIMIT $${n + 5}`,
    [
      ...params,
      instantParam(q.asOf),
      instantParam(q.validAt),
      after?.commit.toString() ?? null,
      after?.prepare.toString() ?? null,
      limit + 1,
    ],
  );
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    entries: shown.map(toEntry),
    ...(rows.length > limit
      ? {
          nextCursor: encodeCursor({
            commit: BigInt(String(last.commitPosition)),
            prepare: BigInt(String(last.position)),
          }),
        }
      : {}),
  };
}

/** Everything done to one entity (`hazard` + id, `mine` + id …), oldest first. */
export const auditTrailOfEntity = (db: Queryable, q: EntityTrailQuery): Promise<AuditTrailPage> =>
  page(db, `entity_type = $1 AND entity_id = $2`, [q.entityType, q.entityId], q);

/** Everything one actor did, across entities, oldest first. */
export const auditTrailOfActor = (db: Queryable, q: ActorTrailQuery): Promise<AuditTrailPage> =>
  page(
    db,
    `actor_id = $1 AND ($2::timestamptz IS NULL OR recorded_at >= $2::timestamptz)
       AND ($3::timestamptz IS NULL OR recorded_at < $3::timestamptz)`,
    [q.actorId, instantParam(q.from), instantParam(q.to)],
    q,
  );
