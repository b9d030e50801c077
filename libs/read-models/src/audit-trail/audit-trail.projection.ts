import { JsonValue, RecordedEvent } from '@hazard-ledger/domain';
import { EntityManager } from 'typeorm';
import { ProjectionDefinition, TableNamer, bigintJson } from '@hazard-ledger/projection-engine';
import { AuditEntry, StreamFold, auditEntry } from './audit-entry';

const loadFolds = async (tx: EntityManager, table: string, streamIds: string[]): Promise<Map<string, StreamFold>> => {
  const rows: { streamId: string; revision: string; state: JsonValue | null }[] = await tx.query(
    `SELECT stream_id AS "streamId", revision::text AS revision, state FROM ${table} WHERE stream_id = ANY($1)`,
    [streamIds],
  );
  return new Map(rows.map((r) => [r.streamId, { ...r, revision: BigInt(r.revision) }]));
};

const insertEntries = (tx: EntityManager, table: string, entries: AuditEntry[]) =>
  tx.query(
    `INSERT INTO ${table} (position, commit_position, stream_id, entity_type, entity_id, revision, event_type,
                           event_id, actor_id, actor_name, actor_role, actor_org, on_behalf_of_id, occurred_at,
                           recorded_at, reason, changes, data)
       SELECT r.position, r."commitPosition", r."streamId", r."entityType", r."entityId", r.revision, r."eventType",
              r."eventId", r.actor->>'id', r.actor->>'name', r.actor->>'role', r.actor->>'org', r."onBehalfOfId",
              r."occurredAt", r."recordedAt", r.reason, r.changes, r.data
         FROM jsonb_to_recordset($1::jsonb) AS r(position bigint, "commitPosition" bigint, "streamId" text,
              "entityType" text, "entityId" text, revision bigint, "eventType" text, "eventId" uuid, actor jsonb,
              "onBehalfOfId" text, "occurredAt" timestamptz, "recordedAt" timestamptz, reason text, changes jsonb,
              data jsonb)
       ON CONFLICT (position) DO NOTHING`,
    [bigintJson(entries)],
  );

// The revision guard makes a stale write (a replayed batch) a no-op even if it slipped past the in-memory check.
const saveFolds = (tx: EntityManager, table: string, folds: StreamFold[]) =>
  tx.query(
    `INSERT INTO ${table} AS s (stream_id, revision, state)
       SELECT r."streamId", r.revision, r.state
         FROM jsonb_to_recordset($1::jsonb) AS r("streamId" text, revision bigint, state jsonb)
       ON CONFLICT (stream_id) DO UPDATE SET revision = EXCLUDED.revision, state = EXCLUDED.state
         WHERE EXCLUDED.revision > s.revision`,
    [bigintJson(folds)],
  );

/** Three statements per batch: load the touched streams' states, insert the entries, save the advanced states. */
async function apply(events: readonly RecordedEvent[], tx: EntityManager, t: TableNamer): Promise<void> {
  if (events.length === 0) return;
  const before = await loadFolds(tx, t('audit_trail_states'), [...new Set(events.map((e) => e.streamId))]);
  const after = new Map(before);
  const entries: AuditEntry[] = [];
  for (const event of events) {
    const { entry, stateAfter } = auditEntry(after.get(event.streamId), event);
    if (entry) entries.push(entry);
    after.set(event.streamId, stateAfter);
  }
  if (entries.length === 0) return;
  await insertEntries(tx, t('audit_trail'), entries);
  await saveFolds(
    tx,
    t('audit_trail_states'),
    [...after.values()].filter((f) => before.get(f.streamId) !== f),
  );
}

/**
 * 审计追踪. Every stream, not only hazards and mines: every act recorded on the platform is someone's act an auditor
 * may ask about, and a category added later (inspections, users …) appears here from its first event — with
 * `changes: []` until a decider is wired into audit-entry.ts — instead of silently missing from the trail.
 */
export const auditTrail: ProjectionDefinition = {
  name: 'audit-trail',
  tables: ['audit_trail', 'audit_trail_states'],
  create: (t: TableNamer) => ({
    name: 'audit-trail',
    apply: (events, tx) => apply(events, tx, t),
  }),
};
