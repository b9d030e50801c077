import { LeanEvent, Params } from '@hazard-ledger/projection-engine';
import { Db, EvidenceRef, LookbackCut, LookbackParams, factScope, iso, periodOf } from './lookback-query';
import { noteEvidence } from './lookback-evidence';

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

const COLUMNS = `f.position::text AS position, f.stream_id AS "streamId", f.category, f.entity_id AS "entityId",
  f.revision::int AS revision, f.event_type AS type, f.mine_id AS "mineId", f.actor_id AS "actorId",
  f.actor_name AS "actorName", f.actor_role AS "actorRole", ${iso('f.occurred_at')} AS "occurredAt",
  ${iso('f.recorded_at')} AS "recordedAt"`;

const EVIDENCE_COLUMNS = `f.event_id AS "eventId", f.hash, f.actor_org AS "actorOrg", f.on_behalf_of_id AS "onBehalfOfId"`;
interface EvidenceColumns {
  eventId: string;
  hash: string;
  actorOrg: string;
  onBehalfOfId: string | null;
}

/** A fact of its own shape (the per-field data columns left behind). */
const factOf = (r: Fact & EvidenceColumns, data: Record<string, unknown>, evidence: boolean): Fact & EvidenceColumns =>
  ({
    position: r.position,
    streamId: r.streamId,
    category: r.category,
    entityId: r.entityId,
    revision: r.revision,
    type: r.type,
    mineId: r.mineId,
    actorId: r.actorId,
    actorName: r.actorName,
    actorRole: r.actorRole,
    occurredAt: r.occurredAt,
    recordedAt: r.recordedAt,
    data,
    ...(evidence ? { eventId: r.eventId, hash: r.hash, actorOrg: r.actorOrg, onBehalfOfId: r.onBehalfOfId } : {}),
  }) as Fact & EvidenceColumns;

const evidenceOf = (f: Fact & EvidenceColumns): EvidenceRef => ({
  streamId: f.streamId,
  revision: String(f.revision),
  position: f.position,
  eventId: f.eventId,
  type: f.type,
  hash: f.hash,
  // Keys in jsonb's order, as loadEvidence gives them: answers must be byte-identical.
  actor: { id: f.actorId, org: f.actorOrg, name: f.actorName, role: f.actorRole },
  onBehalfOfId: f.onBehalfOfId,
  occurredAt: f.occurredAt,
  recordedAt: f.recordedAt,
  mineId: f.mineId,
});

/**
 * The whole payload, or only the named fields, each as its own column: shipping and parsing whole payloads dominated
 * large answers, and building one object per row in SQL (jsonb_build_object) cost more than the read itself.
 */
const dataColumns = (fields: string[] | undefined): string => {
  if (!fields) return 'f.data AS data';
  if (fields.length === 0) return `'{}'::jsonb AS data`;
  return fields.map((k, i) => `f.data->'${k.replace(/[^A-Za-z0-9_]/g, '')}' AS "d${i}"`).join(', ');
};

/** jsonb_strip_nulls in JS: object fields that are null go, at any depth (array elements stay). */
const stripNulls = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    if (v === null) continue;
    // A "__proto__" key stays a key, as in PostgreSQL (an assignment would set the prototype instead).
    else if (k === '__proto__')
      Object.defineProperty(out, k, { value: stripNulls(v), enumerable: true, writable: true, configurable: true });
    else out[k] = stripNulls(v);
  return out;
};

/** The named payload fields of a row read with dataColumns, as one object without nulls (absent = not there). */
const dataOf = (row: Record<string, unknown>, fields: string[], columns: string[]): Record<string, unknown> => {
  const data: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i += 1) {
    const v = row[columns[i]];
    if (v !== null && v !== undefined) data[fields[i]] = typeof v === 'object' ? stripNulls(v) : v;
  }
  return data;
};

/**
 * The facts of `types` visible at the cut (inside the mine/jurisdiction filter), in log order. `period` also
 * bounds them to the params' from/to; else every fact up to the cut is returned (a fold needs the whole history).
 */
export const factsOf = async (
  db: Db,
  cut: LookbackCut,
  params: LookbackParams,
  filter: {
    categories?: string[];
    types?: string[];
    /** Only the params' from/to (true), or only outside them ('outside'). */
    period?: boolean | 'outside';
    entityIds?: string[];
    streamIds?: string[];
    /** Only these payload fields (the rest of `data` is not read). */
    dataFields?: string[];
    /** Only facts recorded at or after this instant. */
    recordedSince?: string;
    /** Also read each fact's evidence columns (for queries whose facts mostly become evidence). */
    withEvidence?: boolean;
    /** A page: only facts after this position, at most `limit` of them (keyset, in log order). */
    afterPosition?: string;
    limit?: number;
  },
): Promise<Fact[]> => {
  const p = new Params();
  const c = [factScope(p, cut, params)];
  // With event types (and no entity ids, which the (category, entity) index serves) the (mine, type, time) index
  // finds the rows: an indexable category test made the planner AND in the category index too, a third of the
  // table's entries read for nothing (docs/performance.md, session 15). coalesce() keeps the test off the index.
  if (filter.categories) {
    const viaTypes = filter.types !== undefined && filter.entityIds === undefined;
    c.push(`${viaTypes ? 'coalesce(f.category, f.category)' : 'f.category'} = ANY(${p.add(filter.categories)})`);
  }
  if (filter.types) c.push(`f.event_type = ANY(${p.add(filter.types)})`);
  if (filter.entityIds) c.push(`f.entity_id = ANY(${p.add(filter.entityIds)})`);
  if (filter.streamIds) c.push(`f.stream_id = ANY(${p.add(filter.streamIds)})`);
  if (filter.recordedSince) c.push(`f.recorded_at >= ${p.add(filter.recordedSince)}::timestamptz`);
  if (filter.afterPosition !== undefined) c.push(`f.position > ${p.add(filter.afterPosition)}::bigint`);
  if (filter.period === true) c.push(...periodOf(p, params));
  if (filter.period === 'outside') {
    const inside = periodOf(p, params);
    if (inside.length) c.push(`NOT (${inside.join(' AND ')})`);
    else c.push('false');
  }
  const extra = filter.withEvidence ? `, ${EVIDENCE_COLUMNS}` : '';
  const select = `${COLUMNS}, ${dataColumns(filter.dataFields)}${extra}`;
  const read: (Fact & EvidenceColumns)[] = await db.query(
    `SELECT ${select} FROM lookback_facts f WHERE ${c.join(' AND ')} ORDER BY f.position${
      filter.limit !== undefined ? ` LIMIT ${p.add(filter.limit)}` : ''
    }`,
    p.values,
  );
  const fields = filter.dataFields;
  const columns = (fields ?? []).map((_, i) => `d${i}`);
  const rows = fields?.length
    ? read.map((r) =>
        factOf(r, dataOf(r as unknown as Record<string, unknown>, fields, columns), filter.withEvidence === true),
      )
    : read;
  if (filter.withEvidence) noteEvidence(db, rows.map(evidenceOf));
  return rows;
};

/** Appends to a map's list (in place: copying the list on every append made groups of 50 000 facts quadratic). */
export const appendTo = <K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void => {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
};

/** Groups facts by entity id, keeping log order inside each group. */
export const byEntity = (facts: Fact[]): Map<string, Fact[]> => {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) appendTo(groups, f.entityId, f);
  return groups;
};

/** A sortable key from a log position: positions compare as numbers, keys as text. */
export const positionKey = (position: string): string => position.padStart(20, '0');

/** A fact as the read side's folds take an event: type, payload and both times (a fact carries all they read). */
export const leanOf = (f: Fact): LeanEvent =>
  ({
    type: f.type,
    data: f.data,
    recordedAt: f.recordedAt,
    metadata: { occurredAt: f.occurredAt },
  }) as unknown as LeanEvent;

export const actorOf = (f: Fact) => ({ id: f.actorId, name: f.actorName, role: f.actorRole });

export const hoursBetween = (from: string, to: string): number =>
  Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 10) / 10;

/**
 * Hazards graded major at some point up to the cut (determined major, or changed to major): the only ones the
 * major-hazard questions fold. Reading these first spares folding every hazard of a district (docs/performance.md).
 */
export const everMajorHazards = async (db: Db, cut: LookbackCut, params: LookbackParams): Promise<string[]> => {
  const gradings = await factsOf(db, cut, params, {
    categories: ['hazard'],
    types: ['MajorHazardDetermined', 'HazardGradeChanged'],
    dataFields: ['to'],
  });
  return [
    ...new Set(
      gradings.filter((f) => f.type === 'MajorHazardDetermined' || f.data.to === 'major').map((f) => f.entityId),
    ),
  ];
};
