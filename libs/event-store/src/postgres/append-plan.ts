import { HashAlgorithm, NewEvent } from '@hazard-ledger/domain';
import { EventIdConflict, WrongExpectedRevision } from '../errors';
import { AppendResult, ExpectedRevision } from '../event-store.port';
import { GENESIS_HASH, chainHash } from '../integrity/hash-chain';

export interface AppendRequest {
  streamId: string;
  /** Already validated and reduced to plain JSON. */
  events: NewEvent[];
  expected: ExpectedRevision;
}

export type AppendOutcome = { ok: AppendResult } | { error: Error };

export interface StreamHead {
  streamId: string;
  revision: string;
  lastHash: string;
}

export interface StoredEventRef {
  event_id: string;
  stream_id: string;
  stream_position: string;
  global_position: string;
  tx_id: string;
}

export interface AppendPlan {
  /** Decided before writing: replays (original result) and refusals. */
  decided: (AppendOutcome | undefined)[];
  anchors: { stream_id: string; revision: string; last_hash: string; expected: string | null }[];
  rows: Record<string, unknown>[];
}

export const resultAt = (streamId: string, row: StoredEventRef): AppendResult => ({
  streamId,
  nextExpectedRevision: BigInt(row.stream_position),
  position: BigInt(row.global_position),
  logPosition: { commit: BigInt(row.tx_id), prepare: BigInt(row.global_position) },
});

const expectedHolds = (expected: ExpectedRevision, head: StreamHead | undefined): boolean =>
  expected === 'any' ||
  (expected === 'no_stream' && !head) ||
  (expected === 'exists' && head !== undefined) ||
  (typeof expected === 'bigint' && head !== undefined && BigInt(head.revision) === expected);

const replay = (request: AppendRequest, stored: StoredEventRef[]): AppendOutcome => {
  if (stored.length !== request.events.length || stored.some((row) => row.stream_id !== request.streamId))
    return { error: new EventIdConflict(stored[0].event_id, 'part of this append was already stored differently') };
  const newest = stored.reduce((a, b) => (BigInt(a.global_position) > BigInt(b.global_position) ? a : b));
  return { ok: resultAt(request.streamId, newest) };
};

/**
 * Pure: given what the locked read returned, decides each append on its own (replay, refusal, or rows to write
 * with their chained hashes). `recordedAt` is the database clock read under the locks.
 */
export const planAppends = (
  alg: HashAlgorithm,
  requests: AppendRequest[],
  heads: StreamHead[],
  existing: StoredEventRef[],
  recordedAt: string,
): AppendPlan => {
  const headOf = new Map(heads.map((h) => [h.streamId, h]));
  const storedById = new Map(existing.map((row) => [row.event_id.toLowerCase(), row]));
  const plan: AppendPlan = { decided: [], anchors: [], rows: [] };
  for (const [i, request] of requests.entries()) {
    const head = headOf.get(request.streamId);
    const stored = request.events.flatMap((e) => storedById.get(e.eventId.toLowerCase()) ?? []);
    if (stored.length > 0) plan.decided[i] = replay(request, stored);
    else if (!expectedHolds(request.expected, head)) {
      const actual = head ? BigInt(head.revision) : 'no_stream';
      plan.decided[i] = { error: new WrongExpectedRevision(request.streamId, request.expected, actual) };
    } else chain(alg, request, head, recordedAt, plan);
  }
  return plan;
};

const chain = (
  alg: HashAlgorithm,
  request: AppendRequest,
  head: StreamHead | undefined,
  recordedAt: string,
  plan: AppendPlan,
) => {
  let prevHash = head?.lastHash ?? GENESIS_HASH;
  let revision = head ? BigInt(head.revision) : -1n;
  for (const event of request.events) {
    revision += 1n;
    const hash = chainHash(alg, { ...event, streamId: request.streamId, revision, recordedAt }, prevHash);
    plan.rows.push({
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
      ord: plan.rows.length,
    });
    prevHash = hash;
  }
  plan.anchors.push({
    stream_id: request.streamId,
    revision: revision.toString(),
    last_hash: prevHash,
    expected: head?.revision ?? null,
  });
};
