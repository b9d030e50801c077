import { RecordedEvent, streams } from '@hazard-ledger/domain';
import { EntityManager } from 'typeorm';
import { ProjectionDefinition, TableNamer, bigintJson, isoSql } from '@hazard-ledger/projection-engine';
import { KnowledgeFact, earliestKnowledge, knowledgeFacts } from './knowledge-facts';

const key = (f: Pick<KnowledgeFact, 'hazardId' | 'party'>) => `${f.hazardId}\u0000${f.party}`;

const RECORDSET = `jsonb_to_recordset($1::jsonb) AS r("hazardId" text, party text, "occurredAt" timestamptz,
  "recordedAt" timestamptz, position bigint, "eventType" text, actor jsonb)`;

const loadFirst = async (
  tx: EntityManager,
  table: string,
  hazardIds: string[],
): Promise<Map<string, KnowledgeFact>> => {
  const rows: (Omit<KnowledgeFact, 'position'> & { position: string })[] = await tx.query(
    `SELECT hazard_id AS "hazardId", party, ${isoSql('occurred_at')} AS "occurredAt",
            ${isoSql('recorded_at')} AS "recordedAt", position::text AS position, event_type AS "eventType",
            jsonb_build_object('id', actor_id, 'name', actor_name, 'role', actor_role) AS actor
       FROM ${table} WHERE hazard_id = ANY($1)`,
    [hazardIds],
  );
  return new Map(rows.map((r) => [key(r), { ...r, position: BigInt(r.position) }]));
};

// Append-only evidence; (position, party) makes a replayed event a no-op.
const insertEvidence = (tx: EntityManager, table: string, facts: KnowledgeFact[]) =>
  tx.query(
    `INSERT INTO ${table} (position, party, hazard_id, occurred_at, recorded_at, event_type, actor_id, actor_name,
                           actor_role)
       SELECT r.position, r.party, r."hazardId", r."occurredAt", r."recordedAt", r."eventType", r.actor->>'id',
              r.actor->>'name', r.actor->>'role'
         FROM ${RECORDSET}
       ON CONFLICT (position, party) DO NOTHING`,
    [bigintJson(facts)],
  );

// The guard repeats earliestKnowledge's rule in SQL, so a stale or replayed write can never move a row later.
const saveFirst = (tx: EntityManager, table: string, facts: KnowledgeFact[]) =>
  tx.query(
    `INSERT INTO ${table} AS k (hazard_id, party, occurred_at, recorded_at, position, event_type, actor_id,
                                actor_name, actor_role)
       SELECT r."hazardId", r.party, r."occurredAt", r."recordedAt", r.position, r."eventType", r.actor->>'id',
              r.actor->>'name', r.actor->>'role'
         FROM ${RECORDSET}
       ON CONFLICT (hazard_id, party) DO UPDATE SET occurred_at = EXCLUDED.occurred_at,
         recorded_at = EXCLUDED.recorded_at, position = EXCLUDED.position, event_type = EXCLUDED.event_type,
         actor_id = EXCLUDED.actor_id, actor_name = EXCLUDED.actor_name, actor_role = EXCLUDED.actor_role
         WHERE (EXCLUDED.occurred_at, EXCLUDED.position) < (k.occurred_at, k.position)`,
    [bigintJson(facts)],
  );

/** Three statements per batch with knowledge in it: append the evidence, load first knowledge, save what moved. */
async function apply(events: readonly RecordedEvent[], tx: EntityManager, t: TableNamer): Promise<void> {
  const facts = events.flatMap(knowledgeFacts);
  if (facts.length === 0) return;
  await insertEvidence(tx, t('hazard_knowledge_events'), facts);
  const before = await loadFirst(tx, t('hazard_first_knowledge'), [...new Set(facts.map((f) => f.hazardId))]);
  const after = new Map(before);
  for (const fact of facts) after.set(key(fact), earliestKnowledge(after.get(key(fact)), fact));
  const moved = [...after.entries()].filter(([k, f]) => before.get(k) !== f).map(([, f]) => f);
  if (moved.length > 0) await saveFirst(tx, t('hazard_first_knowledge'), moved);
}

/** 知情时间线: per hazard and party, the earliest event showing the party knew. */
export const knowledgeTimeline: ProjectionDefinition = {
  name: 'knowledge-timeline',
  tables: ['hazard_first_knowledge', 'hazard_knowledge_events'],
  streamPrefixes: [streams.prefix('hazard')],
  create: (t: TableNamer) => ({
    name: 'knowledge-timeline',
    streamPrefixes: [streams.prefix('hazard')],
    apply: (events, tx) => apply(events, tx, t),
  }),
};
