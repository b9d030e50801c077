import { Params } from '@hazard-ledger/projection-engine';
import { Db, LookbackCut, LookbackParams, factScope, iso, periodOf } from './lookback-query';

/** One fact as the queries fold it (the evidence itself is loaded by position afterwards). */
export interface Fact {
  position: string;
  streamId: string;
  category: string;
  entityId: string;
  revision: number;
  type: string;
  mineId: string | null;
  actorId: string;
  actorName: string;
  actorRole: string;
  occurredAt: string;
  recordedAt: string;
  data: Record<string, unknown>;
}

const SELECT = `f.position::text AS position, f.stream_id AS "streamId", f.category, f.entity_id AS "entityId",
  f.revision::int AS revision, f.event_type AS type, f.mine_id AS "mineId", f.actor_id AS "actorId",
  f.actor_name AS "actorName", f.actor_role AS "actorRole", ${iso('f.occurred_at')} AS "occurredAt",
  ${iso('f.recorded_at')} AS "recordedAt", f.data`;

/**
 * The facts of `types` visible at the cut (inside the mine/jurisdiction filter), in log order. `period` also
 * bounds them to the params' from/to; else every fact up to the cut is returned (a fold needs the whole history).
 */
export const factsOf = async (
  db: Db,
  cut: LookbackCut,
  params: LookbackParams,
  filter: { categories?: string[]; types?: string[]; period?: boolean; entityIds?: string[]; streamIds?: string[] },
): Promise<Fact[]> => {
  const p = new Params();
  const c = [factScope(p, cut, params)];
  if (filter.categories) c.push(`f.category = ANY(${p.add(filter.categories)})`);
  if (filter.types) c.push(`f.event_type = ANY(${p.add(filter.types)})`);
  if (filter.entityIds) c.push(`f.entity_id = ANY(${p.add(filter.entityIds)})`);
  if (filter.streamIds) c.push(`f.stream_id = ANY(${p.add(filter.streamIds)})`);
  if (filter.period) c.push(...periodOf(p, params));
  return db.query(`SELECT ${SELECT} FROM lookback_facts f WHERE ${c.join(' AND ')} ORDER BY f.position`, p.values);
};

/** Groups facts by entity id, keeping log order inside each group. */
export const byEntity = (facts: Fact[]): Map<string, Fact[]> => {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) groups.set(f.entityId, [...(groups.get(f.entityId) ?? []), f]);
  return groups;
};

/** A sortable key from a log position: positions compare as numbers, keys as text. */
export const positionKey = (position: string): string => position.padStart(20, '0');

export const actorOf = (f: Fact) => ({ id: f.actorId, name: f.actorName, role: f.actorRole });

export const hoursBetween = (from: string, to: string): number =>
  Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 10) / 10;
