import { ClientBase } from 'pg';
import { RECORDED_AT_NOW } from './rows';

/**
 * Server-side prepared statements, created once per connection: planning took about half of the server's time per
 * append when the statements were re-planned every time (docs/performance.md).
 */
const STATEMENTS = [
  `PREPARE hl_lock(bigint[]) AS
     SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest($1::bigint[]) AS k ORDER BY 1) s`,
  `PREPARE hl_head(text[], uuid[]) AS
     SELECT (SELECT coalesce(json_agg(json_build_object('streamId', stream_id, 'revision', revision::text,
                     'lastHash', last_hash)), '[]') FROM streams WHERE stream_id = ANY($1)) AS heads,
            (SELECT coalesce(json_agg(json_build_object('event_id', event_id, 'stream_id', stream_id,
                     'stream_position', stream_position::text, 'global_position', global_position::text,
                     'tx_id', tx_id::text)), '[]') FROM events WHERE event_id = ANY($2)) AS existing,
            ${RECORDED_AT_NOW} AS now`,
  `PREPARE hl_insert(jsonb, text, jsonb) AS
     WITH input AS (
       SELECT * FROM jsonb_to_recordset($1) AS i(stream_id text, revision bigint, last_hash text, expected bigint)),
     moved AS (
       UPDATE streams s SET revision = i.revision, last_hash = i.last_hash, updated_at = $2::timestamptz
         FROM input i WHERE s.stream_id = i.stream_id AND i.expected IS NOT NULL AND s.revision = i.expected
       RETURNING s.stream_id),
     created AS (
       INSERT INTO streams (stream_id, revision, last_hash, updated_at)
       SELECT i.stream_id, i.revision, i.last_hash, $2::timestamptz FROM input i WHERE i.expected IS NULL
       RETURNING stream_id),
     anchored AS (SELECT stream_id FROM moved UNION ALL SELECT stream_id FROM created)
     INSERT INTO events (stream_id, stream_position, event_id, type, schema_version, data, metadata, signature,
                         recorded_at, hash_alg, prev_hash, hash)
     SELECT e.stream_id, e.stream_position, e.event_id, e.type, e.schema_version, e.data, e.metadata, e.signature,
            $2::timestamptz, e.hash_alg, e.prev_hash, e.hash
       FROM jsonb_to_recordset($3) AS e(stream_id text, stream_position bigint, event_id uuid, type text,
              schema_version integer, data jsonb, metadata jsonb, signature jsonb, hash_alg text, prev_hash text,
              hash text, ord integer)
       JOIN anchored a ON a.stream_id = e.stream_id
      ORDER BY e.ord
     RETURNING stream_id, stream_position::text, global_position::text, tx_id::text`,
];

// A mark on the connection object itself: prepared statements live exactly as long as that session.
const PREPARED = Symbol('hazard-ledger.prepared');
type Marked = ClientBase & { [PREPARED]?: true };

export const ensurePrepared = async (client: ClientBase): Promise<void> => {
  if ((client as Marked)[PREPARED]) return;
  await client.query(STATEMENTS.join(';\n'));
  (client as Marked)[PREPARED] = true;
};

const textArray = (client: ClientBase, values: string[]): string =>
  client.escapeLiteral(`{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);

/**
 * Round trip 1: BEGIN, the stream locks (sorted, before anything assigns an xid), the transaction id — taken before
 * the clock is read, which settled "now" relies on (settled-now.ts) — then, as its own statement, so with a snapshot
 * taken after the locks, the heads, already-stored event ids and the server clock.
 */
export const lockAndReadHeadsSql = (client: ClientBase, lockKeys: string[], streamIds: string[], eventIds: string[]) =>
  `BEGIN; EXECUTE hl_lock('{${lockKeys.join(',')}}'); SELECT pg_current_xact_id(); ` +
  `EXECUTE hl_head(${textArray(client, streamIds)}, ${textArray(client, eventIds)})`;

/** Round trip 2: conditional anchor moves + event rows in one statement, then COMMIT. */
export const insertAndCommitSql = (client: ClientBase, anchors: unknown[], recordedAt: string, rows: unknown[]) =>
  `EXECUTE hl_insert(${client.escapeLiteral(JSON.stringify(anchors))}, ${client.escapeLiteral(recordedAt)}, ` +
  `${client.escapeLiteral(JSON.stringify(rows))}); COMMIT`;
