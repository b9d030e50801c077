import { Params, decodeCursor, encodeCursor } from '@hazard-ledger/projection-engine';
import { Db, EvidenceRef, LookbackCut, LookbackParams, factScope, iso, periodOf } from './lookback-query';

export interface EventSearch extends LookbackParams {
  types?: string[];
  categories?: string[];
  actorId?: string;
  role?: string;
  limit: number;
  cursor?: string;
}

export interface FoundEvent extends EvidenceRef {
  mineId: string | null;
  data: Record<string, unknown>;
}

export const MAX_SEARCH_PAGE = 500;

/**
 * Cross-record search (跨记录检索): every event of the given types across a mine or jurisdiction in a period, by
 * actor and role, as of the cut; paged in log order with a keyset cursor on the position.
 */
export const searchLookbackEvents = async (
  db: Db,
  cut: LookbackCut,
  q: EventSearch,
): Promise<{ items: FoundEvent[]; nextCursor?: string }> => {
  const p = new Params();
  const c = [factScope(p, cut, q), ...periodOf(p, q)];
  if (q.types?.length) c.push(`f.event_type = ANY(${p.add(q.types)})`);
  if (q.categories?.length) c.push(`f.category = ANY(${p.add(q.categories)})`);
  if (q.actorId !== undefined) c.push(`f.actor_id = ${p.add(q.actorId)}`);
  if (q.role !== undefined) c.push(`f.actor_role = ${p.add(q.role)}`);
  if (q.cursor) c.push(`f.position > ${p.add(decodeCursor(q.cursor, 1)[0])}::bigint`);
  const limit = Math.min(q.limit, MAX_SEARCH_PAGE);
  const rows: FoundEvent[] = await db.query(
    `SELECT f.stream_id AS "streamId", f.revision::text AS revision, f.position::text AS position,
            f.event_id AS "eventId", f.event_type AS type, f.hash,
            jsonb_build_object('id', f.actor_id, 'name', f.actor_name, 'role', f.actor_role, 'org', f.actor_org) AS actor,
            f.on_behalf_of_id AS "onBehalfOfId", ${iso('f.occurred_at')} AS "occurredAt",
            ${iso('f.recorded_at')} AS "recordedAt", f.mine_id AS "mineId", f.data
       FROM lookback_facts f WHERE ${c.join(' AND ')} ORDER BY f.position LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, ...(rows.length > limit && last ? { nextCursor: encodeCursor([last.position]) } : {}) };
};
