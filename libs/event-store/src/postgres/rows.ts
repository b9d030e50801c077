import { EventMetadata, EventSignature, HashAlgorithm, RecordedEvent } from '@hazard-ledger/domain';
import { isoOfUtcTimestamp, recordedAtSql } from './recorded-at';

/** Columns selected for every event read; recorded_at is read back with microseconds, exactly as hashed. */
export const EVENT_COLUMNS = `
  e.global_position::text AS global_position, e.tx_id::text AS tx_id, e.stream_id,
  e.stream_position::text AS stream_position, e.event_id::text AS event_id, e.type, e.schema_version,
  e.data, e.metadata, e.signature,
  ${recordedAtSql('e.recorded_at')} AS recorded_at,
  e.hash_alg, e.prev_hash, e.hash`;

export const RECORDED_AT_NOW = `to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface EventRow {
  global_position: string;
  tx_id: string;
  stream_id: string;
  stream_position: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: RecordedEvent['data'];
  metadata: EventMetadata;
  signature: EventSignature | null;
  recorded_at: string;
  hash_alg: HashAlgorithm;
  prev_hash: string;
  hash: string;
}

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  eventId: row.event_id,
  streamId: row.stream_id,
  revision: BigInt(row.stream_position),
  position: BigInt(row.global_position),
  logPosition: { commit: BigInt(row.tx_id), prepare: BigInt(row.global_position) },
  type: row.type,
  schemaVersion: row.schema_version,
  data: row.data,
  metadata: row.metadata,
  ...(row.signature ? { signature: row.signature } : {}),
  recordedAt: isoOfUtcTimestamp(row.recorded_at),
  integrity: { alg: row.hash_alg, prevHash: row.prev_hash, hash: row.hash },
});
