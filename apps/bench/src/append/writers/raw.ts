import { streams } from '@hazard-ledger/domain';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { benchEvent } from '../payload';
import { WriterKind } from '../measure';

// The row shape of our `events` table minus the hash-chain columns: identity, PK(stream_id, stream_position),
// unique event_id, jsonb payloads. The floor: one autocommit INSERT, no lock, no read, no hashing.
const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS raw_events (
    global_position bigint GENERATED ALWAYS AS IDENTITY,
    stream_id       text NOT NULL,
    stream_position bigint NOT NULL,
    event_id        uuid NOT NULL UNIQUE,
    type            text NOT NULL,
    data            jsonb NOT NULL,
    metadata        jsonb NOT NULL,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (stream_id, stream_position)
  )`;

const INSERT = `
  INSERT INTO raw_events (stream_id, stream_position, event_id, type, data, metadata, recorded_at)
  VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp())`;

export const rawWriterKind = async (connectionString: string, poolSize: number): Promise<WriterKind> => {
  const pool = new Pool({ connectionString, max: poolSize, application_name: 'bench-raw' });
  pool.on('error', () => undefined);
  await pool.query(CREATE_TABLE);
  return {
    name: 'raw',
    writer: () => {
      const streamId = streams.hazard(randomUUID());
      let position = 0n;
      return async () => {
        const e = benchEvent();
        await pool.query(INSERT, [
          streamId,
          position.toString(),
          e.eventId,
          e.type,
          JSON.stringify(e.data),
          JSON.stringify(e.metadata),
        ]);
        position += 1n;
      };
    },
    close: () => pool.end(),
  };
};
