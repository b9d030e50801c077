import { createHash } from 'node:crypto';
import { ClientBase, QueryResult } from 'pg';
import { HashAlgorithm } from '@hazard-ledger/domain';
import { WrongExpectedRevision } from '../errors';
import { ensurePrepared, insertAndCommitSql, lockAndReadHeadsSql } from './append-sql';
import { AppendOutcome, AppendRequest, StoredEventRef, StreamHead, planAppends, resultAt } from './append-plan';

export type { AppendOutcome, AppendRequest } from './append-plan';

/** 64-bit advisory-lock key of a stream (a collision only serialises two unrelated streams). */
export const streamLockKey = (streamId: string): string =>
  createHash('sha256').update(streamId).digest().readBigInt64BE(0).toString();

const lastOf = (r: QueryResult | QueryResult[]): QueryResult => (Array.isArray(r) ? r[r.length - 1] : r);
const firstOf = (r: QueryResult | QueryResult[]): QueryResult => (Array.isArray(r) ? r[0] : r);

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
  const streamIds = requests.map((r) => r.streamId);
  const eventIds = requests.flatMap((r) => r.events.map((e) => e.eventId.toLowerCase()));
  const sql = lockAndReadHeadsSql(client, streamIds.map(streamLockKey), streamIds, eventIds);
  const read = lastOf(await client.query(sql)).rows[0] as {
    heads: StreamHead[];
    existing: StoredEventRef[];
    now: string;
  };
  const plan = planAppends(alg, requests, read.heads, read.existing, read.now);
  if (plan.rows.length === 0) {
    await client.query('ROLLBACK');
    return plan.decided as AppendOutcome[];
  }
  const inserted = firstOf(await client.query(insertAndCommitSql(client, plan.anchors, read.now, plan.rows)));
  const written = new Map<string, StoredEventRef[]>();
  for (const row of inserted.rows as StoredEventRef[])
    written.set(row.stream_id, [...(written.get(row.stream_id) ?? []), row]);
  return requests.map((request, i) => {
    const decided = plan.decided[i];
    if (decided) return decided;
    const mine = written.get(request.streamId) ?? [];
    if (mine.length === request.events.length) return { ok: resultAt(request.streamId, mine[mine.length - 1]) };
    // The anchor moved without the lock (a foreign writer): refuse rather than fork the chain.
    const head = read.heads.find((h) => h.streamId === request.streamId);
    return {
      error: new WrongExpectedRevision(request.streamId, request.expected, head ? BigInt(head.revision) : 'no_stream'),
    };
  });
};
