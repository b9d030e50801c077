/** The event envelope of architecture.md §4: business data plus who, when (two clocks), why and the chain link. Pure types, shared by the event store and the read side. */

export interface EventActor {
  id: string;
  name: string;
  role: string;
  org: string;
  certificateNo?: string;
}

export interface EvidenceRef {
  hash: string;
  alg: 'sm3' | 'sha256';
  name: string;
  mime: string;
  /** Offline capture: cited before the bytes were uploaded; flagged until the store holds bytes of this digest. */
  pending?: boolean;
}

export interface EventMetadata {
  actor: EventActor;
  onBehalfOf?: EventActor;
  /** Valid time: when it happened in the world, as claimed by the actor (ISO 8601). */
  occurredAt: string;
  correlationId: string;
  causationId?: string;
  idempotencyKey?: string;
  /** SHA-256 of the request that carried the idempotency key (a reused key with another request is refused). */
  requestHash?: string;
  /** Mandatory for amendments, grade changes, voids, returns and extensions (enforced by deciders). */
  reason?: string;
  referenceVersion?: string;
  device?: { time?: string; gps?: { lat: number; lon: number } };
  evidence?: EvidenceRef[];
  /** Set only on events written by the legacy import (ADR 20261207-legacy-import): who, from what, when, which row. */
  imported?: ImportMark;
}

export interface ImportMark {
  /** The user who ran the import (their id and name), not the paper signatory, who is the event's actor. */
  by: { id: string; name: string };
  sourceDocument: string;
  importedAt: string;
  row: number;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type EventData = { [key: string]: JsonValue };

export interface EventSignature {
  signer: string;
  meaning: string;
  value: string;
}

export interface NewEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: EventData;
  metadata: EventMetadata;
  signature?: EventSignature;
}

export type HashAlgorithm = 'sm3' | 'sha256';

export interface Integrity {
  alg: HashAlgorithm;
  prevHash: string;
  hash: string;
}

/**
 * A position in the global log. Postgres: commit = transaction id (xid8), prepare = global_position.
 * KurrentDB: its commit/prepare positions. Ordered lexicographically; both adapters deliver in this order.
 */
export interface LogPosition {
  commit: bigint;
  prepare: bigint;
}

export const START: LogPosition = Object.freeze({ commit: -1n, prepare: -1n });

export interface RecordedEvent extends NewEvent {
  streamId: string;
  revision: bigint;
  /** The event's number in the global log (Postgres global_position, KurrentDB commit position). */
  position: bigint;
  logPosition: LogPosition;
  /** System time: set by the store when the event was appended, never by the client (ISO 8601, UTC). */
  recordedAt: string;
  integrity: Integrity;
}

export const comparePositions = (a: LogPosition, b: LogPosition): number =>
  a.commit !== b.commit ? (a.commit < b.commit ? -1 : 1) : a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;

export const formatPosition = (p: LogPosition): string => `${p.commit}/${p.prepare}`;

export const parsePosition = (text: string): LogPosition => {
  const match = /^(-?\d+)\/(-?\d+)$/.exec(text.trim());
  if (!match) throw new Error(`Invalid log position "${text}" (expected "<commit>/<prepare>")`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
};
