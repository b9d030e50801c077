import { RecordedEvent } from '@hazard-ledger/domain';
import { EntityManager } from 'typeorm';
import { bigintJson, isoSql, ProjectionDefinition, TableNamer } from '@hazard-ledger/projection-engine';
import { CatalogueRow, evolveCatalogueRow } from './stream-catalogue.row';

const ROW_COLUMNS = `stream_id AS "streamId", category, last_revision::text AS "lastRevision",
  event_count::text AS "eventCount", last_event_type AS "lastEventType", last_position::text AS "lastPosition",
  ${isoSql('first_recorded_at')} AS "firstRecordedAt", ${isoSql('last_recorded_at')} AS "lastRecordedAt"`;

type StoredRow = Omit<CatalogueRow, 'lastRevision' | 'eventCount' | 'lastPosition'> & {
  lastRevision: string;
  eventCount: string;
  lastPosition: string;
};

const load = async (tx: EntityManager, table: string, streamIds: string[]): Promise<Map<string, CatalogueRow>> => {
  const rows: StoredRow[] = await tx.query(`SELECT ${ROW_COLUMNS} FROM ${table} WHERE stream_id = ANY($1)`, [
    streamIds,
  ]);
  return new Map(
    rows.map((r) => [
      r.streamId,
      {
        ...r,
        lastRevision: BigInt(r.lastRevision),
        eventCount: BigInt(r.eventCount),
        lastPosition: BigInt(r.lastPosition),
      },
    ]),
  );
};

/** Two statements per batch: load the touched rows, fold in memory, upsert what changed. */
export const streamCatalogue: ProjectionDefinition = {
  name: 'stream-catalogue',
  tables: ['stream_catalogue'],
  create: (t: TableNamer) => ({
    name: 'stream-catalogue',
    apply: (events, tx) => apply(events, tx, t('stream_catalogue')),
  }),
};

async function apply(events: readonly RecordedEvent[], tx: EntityManager, table: string): Promise<void> {
  if (events.length === 0) return;
  const before = await load(tx, table, [...new Set(events.map((e) => e.streamId))]);
  const after = new Map(before);
  for (const event of events) after.set(event.streamId, evolveCatalogueRow(after.get(event.streamId), event));
  const changed = [...after.values()].filter((row) => before.get(row.streamId) !== row);
  if (changed.length === 0) return;
  await tx.query(
    `INSERT INTO ${table} (stream_id, category, last_revision, event_count, last_event_type, last_position,
                                     first_recorded_at, last_recorded_at)
       SELECT r."streamId", r.category, r."lastRevision", r."eventCount", r."lastEventType", r."lastPosition",
              r."firstRecordedAt", r."lastRecordedAt"
         FROM jsonb_to_recordset($1::jsonb) AS r("streamId" text, category text, "lastRevision" bigint,
              "eventCount" bigint, "lastEventType" text, "lastPosition" bigint, "firstRecordedAt" timestamptz,
              "lastRecordedAt" timestamptz)
       ON CONFLICT (stream_id) DO UPDATE SET last_revision = EXCLUDED.last_revision,
         event_count = EXCLUDED.event_count, last_event_type = EXCLUDED.last_event_type,
         last_position = EXCLUDED.last_position, last_recorded_at = EXCLUDED.last_recorded_at`,
    [bigintJson(changed)],
  );
}
