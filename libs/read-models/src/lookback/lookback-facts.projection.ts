import { RecordedEvent, streams } from '@hazard-ledger/domain';
import { EntityManager } from 'typeorm';
import { ProjectionDefinition, TableNamer, bigintJson } from '@hazard-ledger/projection-engine';

/** The events that open a record and name its mine; later events of the stream inherit it. */
const OPENING_EVENTS: readonly string[] = [
  'HazardDiscovered',
  'InspectionRecorded',
  'DocumentDrafted',
  'PenaltyDecided',
];

const mineNamedBy = (event: RecordedEvent): string | undefined => {
  if (streams.is('mine', event.streamId)) return streams.idIn('mine', event.streamId);
  const named = (event.data as { mineId?: unknown }).mineId;
  return OPENING_EVENTS.includes(event.type) || (event.revision === 0n && typeof named === 'string')
    ? String(named)
    : undefined;
};

interface FactRow {
  position: bigint;
  commitPosition: bigint;
  streamId: string;
  category: string;
  entityId: string;
  revision: bigint;
  eventId: string;
  eventType: string;
  mineId: string | null;
  actor: { id: string; name: string; role: string; org: string };
  onBehalfOfId: string | null;
  occurredAt: string;
  recordedAt: string;
  hash: string;
  data: unknown;
}

const factOf = (event: RecordedEvent, mineId: string | undefined): FactRow => {
  const parsed = streams.parse(event.streamId);
  const { actor, onBehalfOf, occurredAt } = event.metadata;
  return {
    position: event.position,
    commitPosition: event.logPosition.commit,
    streamId: event.streamId,
    category: parsed?.category ?? 'unknown',
    entityId: parsed?.id ?? event.streamId,
    revision: event.revision,
    eventId: event.eventId,
    eventType: event.type,
    mineId: mineId ?? null,
    actor: { id: actor.id, name: actor.name, role: actor.role, org: actor.org },
    onBehalfOfId: onBehalfOf?.id ?? null,
    occurredAt,
    recordedAt: event.recordedAt,
    hash: event.integrity.hash,
    data: event.data,
  };
};

/**
 * Per UTC day of recorded_at, the highest position recorded that day: resolving "as of T" to a log position read
 * the primary key backwards past every later fact (0.9 s for an end-of-2024 cut at 1.55 M facts).
 */
async function recordDayHighs(facts: FactRow[], tx: EntityManager, t: TableNamer): Promise<void> {
  const highs = new Map<string, bigint>();
  for (const f of facts) {
    const day = f.recordedAt.slice(0, 10); // recordedAt is UTC ('…Z'), as the log spells it
    const position = BigInt(f.position);
    if ((highs.get(day) ?? -1n) < position) highs.set(day, position);
  }
  await tx.query(
    `INSERT INTO ${t('lookback_day_highs')} (day, high_position)
       SELECT r.day, r.high FROM jsonb_to_recordset($1::jsonb) AS r(day date, high bigint)
       ON CONFLICT (day) DO UPDATE SET high_position = GREATEST(${t('lookback_day_highs')}.high_position, EXCLUDED.high_position)`,
    [JSON.stringify([...highs].map(([day, high]) => ({ day, high: high.toString() })))],
  );
}

async function apply(events: readonly RecordedEvent[], tx: EntityManager, t: TableNamer): Promise<void> {
  if (events.length === 0) return;
  const ids = [...new Set(events.map((e) => e.streamId))];
  const known: { streamId: string; mineId: string | null }[] = await tx.query(
    `SELECT stream_id AS "streamId", mine_id AS "mineId" FROM ${t('lookback_streams')} WHERE stream_id = ANY($1)`,
    [ids],
  );
  const mines = new Map(known.map((r) => [r.streamId, r.mineId]));
  const newStreams: { streamId: string; mineId: string | null }[] = [];
  const registered: { mineId: string; name: string; jurisdiction: string }[] = [];
  const facts = events.map((event) => {
    if (!mines.has(event.streamId)) {
      const mineId = mineNamedBy(event) ?? null;
      mines.set(event.streamId, mineId);
      newStreams.push({ streamId: event.streamId, mineId });
    }
    if (event.type === 'MineRegistered') {
      const d = event.data as { mineId: string; name: string; jurisdiction: string };
      registered.push({ mineId: String(d.mineId), name: String(d.name), jurisdiction: String(d.jurisdiction) });
    }
    return factOf(event, mines.get(event.streamId) ?? undefined);
  });
  await tx.query(
    `INSERT INTO ${t('lookback_facts')} (position, commit_position, stream_id, category, entity_id, revision, event_id,
            event_type, mine_id, actor_id, actor_name, actor_role, actor_org, on_behalf_of_id, occurred_at,
            recorded_at, hash, data)
       SELECT r.position, r."commitPosition", r."streamId", r.category, r."entityId", r.revision, r."eventId",
              r."eventType", r."mineId", r.actor->>'id', r.actor->>'name', r.actor->>'role', r.actor->>'org',
              r."onBehalfOfId", r."occurredAt", r."recordedAt", r.hash, r.data
         FROM jsonb_to_recordset($1::jsonb) AS r(position bigint, "commitPosition" bigint, "streamId" text,
              category text, "entityId" text, revision bigint, "eventId" uuid, "eventType" text, "mineId" text,
              actor jsonb, "onBehalfOfId" text, "occurredAt" timestamptz, "recordedAt" timestamptz, hash text,
              data jsonb)
       ON CONFLICT (position) DO NOTHING`,
    [bigintJson(facts)],
  );
  await recordDayHighs(facts, tx, t);
  if (newStreams.length > 0)
    await tx.query(
      `INSERT INTO ${t('lookback_streams')} (stream_id, mine_id)
         SELECT r."streamId", r."mineId" FROM jsonb_to_recordset($1::jsonb) AS r("streamId" text, "mineId" text)
         ON CONFLICT (stream_id) DO NOTHING`,
      [JSON.stringify(newStreams)],
    );
  if (registered.length > 0)
    await tx.query(
      `INSERT INTO ${t('lookback_mines')} (mine_id, name, jurisdiction)
         SELECT r."mineId", r.name, r.jurisdiction
           FROM jsonb_to_recordset($1::jsonb) AS r("mineId" text, name text, jurisdiction text)
         ON CONFLICT (mine_id) DO NOTHING`,
      [JSON.stringify(registered)],
    );
}

/** 倒查事实: every event of every category, immutable, with its hash and its mine; rebuildable from the log. */
export const lookbackFacts: ProjectionDefinition = {
  name: 'lookback-facts',
  tables: ['lookback_facts', 'lookback_streams', 'lookback_mines', 'lookback_day_highs'],
  create: (t: TableNamer) => ({
    name: 'lookback-facts',
    apply: (events, tx) => apply(events, tx, t),
  }),
};
