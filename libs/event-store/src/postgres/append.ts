import { createHash } from 'node:crypto';
import { PoolClient } from 'pg';
import { HashAlgorithm, NewEvent } from '@hazard-ledger/domain';
import { EventIdConflict, WrongExpectedRevision } from '../errors';
import { AppendResult, ExpectedRevision } from '../event-store.port';
import { GENESIS_HASH, chainHash } from '../integrity/hash-chain';
import { canonicalJson, toPlainJson } from '../integrity/canonical-json';
import { validateAppend } from '../validate-append';
import { RECORDED_AT_NOW } from './rows';

/** 64-bit advisory-lock key of a stream (collisions only serialise two unrelated streams). */
export const streamLockKey = (streamId: string): string =>
  createHash('sha256').update(streamId).digest().readBigInt64BE(0).toString();

interface StreamHead {
  revision: bigint;
  lastHash: string;
}

interface Existing {
  event_id: string;
  stream_id: string;
  stream_position: string;
  global_position: string;
  tx_id: string;
}

const checkExpected = (streamId: string, expected: ExpectedRevision, head: StreamHead | undefined): void => {
  const actual = head ? head.revision : 'no_stream';
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && !head) ||
    (expected === 'exists' && head !== undefined) ||
    (typeof expected === 'bigint' && head !== undefined && head.revision === expected);
  if (!ok) throw new WrongExpectedRevision(streamId, expected, actual);
};

const replayResult = (streamId: string, events: NewEvent[], existing: Existing[]): AppendResult => {
  const sameStream = existing.every((row) => row.stream_id === streamId);
  if (existing.length !== events.length || !sameStream)
    throw new EventIdConflict(existing[0].event_id, 'part of this append was already stored differently');
  const last = existing.reduce((a, b) => (BigInt(a.global_position) > BigInt(b.global_position) ? a : b));
  return {
    streamId,
    nextExpectedRevision: BigInt(last.stream_position),
    position: BigInt(last.global_position),
    logPosition: { commit: BigInt(last.tx_id), prepare: BigInt(last.global_position) },
  };
};

/**
 * One transaction: stream advisory lock (assigns no xid, so xid order = revision order per stream),
 * idempotency check, expected-revision check, hash chain, conditional anchor update and insert.
 */
export const appendInTransaction = async (
  client: PoolClient,
  alg: HashAlgorithm,
  streamId: string,
  input: NewEvent[],
  expected: ExpectedRevision,
): Promise<AppendResult> => {
  validateAppend(streamId, input);
  const events = input.map((e) => toPlainJson(e));
  events.forEach((e) => canonicalJson(e));
  await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${streamLockKey(streamId)})`);
  const { rows } = await client.query(
    `SELECT (SELECT json_build_object('revision', revision::text, 'lastHash', last_hash)
               FROM streams WHERE stream_id = $1) AS head,
            (SELECT coalesce(json_agg(json_build_object('event_id', event_id, 'stream_id', stream_id,
                      'stream_position', stream_position::text, 'global_position', global_position::text,
                      'tx_id', tx_id::text)), '[]')
               FROM events WHERE event_id = ANY($2::uuid[])) AS existing,
            ${RECORDED_AT_NOW} AS now`,
    [streamId, events.map((e) => e.eventId)],
  );
  const existing = rows[0].existing as Existing[];
  if (existing.length > 0) {
    await client.query('ROLLBACK');
    return replayResult(streamId, events, existing);
  }
  const raw = rows[0].head as { revision: string; lastHash: string } | null;
  const head = raw ? { revision: BigInt(raw.revision), lastHash: raw.lastHash } : undefined;
  checkExpected(streamId, expected, head);
  const recordedAt = rows[0].now as string;
  let prevHash = head?.lastHash ?? GENESIS_HASH;
  let revision = head ? head.revision : -1n;
  const rowsToInsert = events.map((e, ord) => {
    revision += 1n;
    const hash = chainHash(alg, { ...e, streamId, revision, recordedAt }, prevHash);
    const row = {
      stream_position: revision.toString(),
      event_id: e.eventId,
      type: e.type,
      schema_version: e.schemaVersion,
      data: e.data,
      metadata: e.metadata,
      signature: e.signature ?? null,
      hash_alg: alg,
      prev_hash: prevHash,
      hash,
      ord,
    };
    prevHash = hash;
    return row;
  });
  const anchor = head
    ? `UPDATE streams SET revision = $2, last_hash = $3, updated_at = $4::timestamptz
        WHERE stream_id = $1 AND revision = $5 RETURNING stream_id`
    : `INSERT INTO streams (stream_id, revision, last_hash, updated_at)
       SELECT $1, $2, $3, $4::timestamptz WHERE $5::bigint IS NULL RETURNING stream_id`;
  const inserted = await client.query(
    `WITH anchor AS (${anchor})
     INSERT INTO events (stream_id, stream_position, event_id, type, schema_version, data, metadata,
                         signature, recorded_at, hash_alg, prev_hash, hash)
     SELECT a.stream_id, e.stream_position, e.event_id, e.type, e.schema_version, e.data, e.metadata,
            e.signature, $4::timestamptz, e.hash_alg, e.prev_hash, e.hash
       FROM anchor a,
            jsonb_to_recordset($6::jsonb) AS e(stream_position bigint, event_id uuid, type text,
              schema_version integer, data jsonb, metadata jsonb, signature jsonb, hash_alg text,
              prev_hash text, hash text, ord integer)
      ORDER BY e.ord
     RETURNING global_position::text, tx_id::text`,
    [
      streamId,
      revision.toString(),
      prevHash,
      recordedAt,
      head ? head.revision.toString() : null,
      JSON.stringify(rowsToInsert),
    ],
  );
  if (inserted.rowCount !== events.length) {
    // The anchor moved without taking the lock (a foreign writer): refuse rather than fork the chain.
    throw new WrongExpectedRevision(streamId, expected, head ? head.revision : 'no_stream');
  }
  await client.query('COMMIT');
  const last = inserted.rows[inserted.rows.length - 1] as { global_position: string; tx_id: string };
  return {
    streamId,
    nextExpectedRevision: revision,
    position: BigInt(last.global_position),
    logPosition: { commit: BigInt(last.tx_id), prepare: BigInt(last.global_position) },
  };
};
