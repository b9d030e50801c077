import { createHash } from 'node:crypto';
import { ClientBase, QueryResult } from 'pg';
import { HashAlgorithm, NewEvent } from '@hazard-ledger/domain';
import { EventIdConflict, WrongExpectedRevision } from '../errors';
import { AppendResult, ExpectedRevision } from '../event-store.port';
import { GENESIS_HASH, chainHash } from '../integrity/hash-chain';
import { ensurePrepared, insertAndCommitSql, lockAndReadHeadsSql } from './append-sql';

export interface AppendRequest {
  streamId: string;
  /** Already validated and reduced to plain JSON. */
  events: NewEvent[];
  expected: ExpectedRevision;
}

export type AppendOutcome = { ok: AppendResult } | { error: Error };

interface Head {
  revision: bigint;
  lastHash: string;
}

interface StoredId {
  event_id: string;
  stream_id: string;
  stream_position: string;
  global_position: string;
  tx_id: string;
}

/** 64-bit advisory-lock key of a stream (a collision only serialises two unrelated streams). */
export const streamLockKey = (streamId: string): string =>
  createHash('sha256').update(streamId).digest().readBigInt64BE(0).toString();

const expectedHolds = (expected: ExpectedRevision, head: Head | undefined): boolean =>
  expected === 'any' ||
  (expected === 'no_stream' && !head) ||
  (expected === 'exists' && head !== undefined) ||
  (typeof expected === 'bigint' && head !== undefined && head.revision === expected);

const replay = (request: AppendRequest, stored: StoredId[]): AppendOutcome => {
  if (stored.length !== request.events.length || stored.some((row) => row.stream_id !== request.streamId))
    return { error: new EventIdConflict(stored[0].event_id, 'part of this append was already stored differently') };
  const last = stored.reduce((a, b) => (BigInt(a.global_position) > BigInt(b.global_position) ? a : b));
  return {
    ok: {
      streamId: request.streamId,
      nextExpectedRevision: BigInt(last.stream_position),
      position: BigInt(last.global_position),
      logPosition: { commit: BigInt(last.tx_id), prepare: BigInt(last.global_position) },
    },
  };
};

const last = (result: QueryResult | QueryResult[]): QueryResult =>
  Array.isArray(result) ? result[result.length - 1] : result;
const first = (result: QueryResult | QueryResult[]): QueryResult => (Array.isArray(result) ? result[0] : result);

/**
 * Appends to several distinct streams in one transaction and two round trips (group commit). Each request
 * succeeds or fails on its own: a stale expected revision or a reused event id rejects only that request.
 * Throws only for database errors, after which the caller rolls back.
 */
export const appendBatch = async (
  client: ClientBase,
  alg: HashAlgorithm,
  requests: AppendRequest[],
): Promise<AppendOutcome[]> => {
  await ensurePrepared(client);
  const lockKeys = requests.map((r) => streamLockKey(r.streamId));
  const eventIds = requests.flatMap((r) => r.events.map((e) => e.eventId.toLowerCase()));
  const read = last(
    await client.query(
      lockAndReadHeadsSql(
        client,
        lockKeys,
        requests.map((r) => r.streamId),
        eventIds,
      ),
    ),
  );
  const {
    heads,
    existing,
    now: recordedAt,
  } = read.rows[0] as {
    heads: { streamId: string; revision: string; lastHash: string }[];
    existing: StoredId[];
    now: string;
  };
  const headOf = new Map(heads.map((h) => [h.streamId, { revision: BigInt(h.revision), lastHash: h.lastHash }]));
  const storedById = new Map(existing.map((row) => [row.event_id.toLowerCase(), row]));

  const outcomes: (AppendOutcome | undefined)[] = [];
  const anchors: unknown[] = [];
  const rows: unknown[] = [];
  for (const [i, request] of requests.entries()) {
    const stored = request.events.map((e) => storedById.get(e.eventId.toLowerCase())).filter((s): s is StoredId => !!s);
    const head = headOf.get(request.streamId);
    if (stored.length > 0) outcomes[i] = replay(request, stored);
    else if (!expectedHolds(request.expected, head))
      outcomes[i] = {
        error: new WrongExpectedRevision(request.streamId, request.expected, head ? head.revision : 'no_stream'),
      };
    if (outcomes[i]) continue;
    let prevHash = head?.lastHash ?? GENESIS_HASH;
    let revision = head ? head.revision : -1n;
    for (const event of request.events) {
      revision += 1n;
      const hash = chainHash(alg, { ...event, streamId: request.streamId, revision, recordedAt }, prevHash);
      rows.push({
        stream_id: request.streamId,
        stream_position: revision.toString(),
        event_id: event.eventId,
        type: event.type,
        schema_version: event.schemaVersion,
        data: event.data,
        metadata: event.metadata,
        signature: event.signature ?? null,
        hash_alg: alg,
        prev_hash: prevHash,
        hash,
        ord: rows.length,
      });
      prevHash = hash;
    }
    anchors.push({
      stream_id: request.streamId,
      revision: revision.toString(),
      last_hash: prevHash,
      expected: head ? head.revision.toString() : null,
    });
  }
  if (rows.length === 0) {
    await client.query('ROLLBACK');
    return outcomes as AppendOutcome[];
  }
  const inserted = first(await client.query(insertAndCommitSql(client, anchors, recordedAt, rows))).rows as StoredId[];
  const written = new Map<string, StoredId[]>();
  for (const row of inserted) written.set(row.stream_id, [...(written.get(row.stream_id) ?? []), row]);
  return requests.map((request, i) => {
    if (outcomes[i]) return outcomes[i];
    const mine = written.get(request.streamId) ?? [];
    // Zero rows means the anchor moved without the lock (a foreign writer): refuse rather than fork the chain.
    if (mine.length !== request.events.length)
      return {
        error: new WrongExpectedRevision(
          request.streamId,
          request.expected,
          headOf.get(request.streamId)?.revision ?? 'no_stream',
        ),
      };
    const tail = mine[mine.length - 1];
    return {
      ok: {
        streamId: request.streamId,
        nextExpectedRevision: BigInt(tail.stream_position),
        position: BigInt(tail.global_position),
        logPosition: { commit: BigInt(tail.tx_id), prepare: BigInt(tail.global_position) },
      },
    };
  });
};
