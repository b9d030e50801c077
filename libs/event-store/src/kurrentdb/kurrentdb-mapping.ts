import {
  ANY,
  AppendExpectedRevision,
  EventData as EsdbEventData,
  NO_STREAM,
  ReadPosition,
  START as ESDB_START,
  STREAM_EXISTS,
  WrongExpectedVersionError,
  jsonEvent,
} from '@eventstore/db-client';
import {
  EventData,
  EventMetadata,
  EventSignature,
  Integrity,
  LogPosition,
  NewEvent,
  RecordedEvent,
  comparePositions,
} from '@hazard-ledger/domain';
import { EventIdConflict, WrongExpectedRevision } from '../errors';
import { AppendResult, ExpectedRevision } from '../event-store.port';

/** Metadata key holding what KurrentDB has no field for; stripped again on read so hashed metadata round-trips. */
export const ENVELOPE_KEY = '$hl';

export interface StoredEnvelope {
  schemaVersion: number;
  recordedAt: string;
  integrity: Integrity;
  signature?: EventSignature;
}

/** The parts of the client's resolved events this adapter reads (ResolvedEvent and AllStreamResolvedEvent both fit). */
export interface EsdbRecord {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position?: LogPosition;
}

export interface EsdbResolved {
  event?: EsdbRecord;
  commitPosition?: bigint;
}

export const toEsdbExpected = (expected: ExpectedRevision): AppendExpectedRevision => {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  if (expected === 'exists') return STREAM_EXISTS;
  return expected;
};

export const toWrongExpected = (streamId: string, expected: ExpectedRevision, error: WrongExpectedVersionError) =>
  new WrongExpectedRevision(
    streamId,
    expected,
    typeof error.actualVersion === 'bigint' ? error.actualVersion : 'no_stream',
  );

/** Our START (-1/-1) means "before everything"; KurrentDB wants its own START marker for that. */
export const toReadPosition = (from: LogPosition): ReadPosition =>
  from.commit < 0n ? ESDB_START : { commit: from.commit, prepare: from.prepare };

export const packMetadata = (metadata: EventMetadata, envelope: StoredEnvelope): Record<string, unknown> => ({
  ...metadata,
  [ENVELOPE_KEY]: envelope,
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

/** Undefined for events this adapter did not write (no envelope): they carry no chain link. */
export const unpackMetadata = (raw: unknown): { metadata: EventMetadata; envelope: StoredEnvelope } | undefined => {
  if (!isObject(raw)) return undefined;
  const { [ENVELOPE_KEY]: envelope, ...metadata } = raw;
  if (!isObject(envelope) || typeof envelope.recordedAt !== 'string' || !isObject(envelope.integrity)) return undefined;
  return { metadata: metadata as unknown as EventMetadata, envelope: envelope as unknown as StoredEnvelope };
};

export const toEsdbEvent = (event: NewEvent, envelope: StoredEnvelope): EsdbEventData =>
  jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data,
    metadata: packMetadata(event.metadata, envelope),
  });

export const isSystemEvent = (resolved: EsdbResolved): boolean =>
  !resolved.event || resolved.event.type.startsWith('$') || resolved.event.streamId.startsWith('$');

/** Stream reads only carry a position on servers ≥ 22.6; the commit position alone is the fallback. */
export const positionOf = (resolved: EsdbResolved): LogPosition | undefined =>
  resolved.event?.position ??
  (resolved.commitPosition !== undefined
    ? { commit: resolved.commitPosition, prepare: resolved.commitPosition }
    : undefined);

export const isAfter = (resolved: EsdbResolved, from: LogPosition): boolean => {
  const position = positionOf(resolved);
  return position !== undefined && comparePositions(position, from) > 0;
};

export const matchesPrefixes = (streamId: string, prefixes?: string[]): boolean =>
  !prefixes || prefixes.length === 0 || prefixes.some((p) => streamId.startsWith(p));

/** Microseconds since the epoch: cut instants may carry the Postgres adapter's microseconds, which Date drops. */
const micros = (t: Date | string): bigint => {
  if (t instanceof Date) return BigInt(t.getTime()) * 1000n;
  const subMillis = /\.\d{3}(\d{1,3})/.exec(t)?.[1] ?? '';
  return BigInt(Date.parse(t)) * 1000n + BigInt(subMillis.padEnd(3, '0'));
};

export const atOrBefore = (instant: string, cut: Date | string): boolean => micros(instant) <= micros(cut);

export const toRecordedEvent = (resolved: EsdbResolved): RecordedEvent | undefined => {
  const e = resolved.event;
  const unpacked = e?.isJson ? unpackMetadata(e.metadata) : undefined;
  const logPosition = positionOf(resolved);
  if (!e || !unpacked || !logPosition) return undefined;
  const { metadata, envelope } = unpacked;
  return {
    eventId: e.id,
    streamId: e.streamId,
    revision: e.revision,
    position: logPosition.commit,
    logPosition: { commit: logPosition.commit, prepare: logPosition.prepare },
    type: e.type,
    schemaVersion: envelope.schemaVersion,
    data: e.data as EventData,
    metadata,
    ...(envelope.signature ? { signature: envelope.signature } : {}),
    recordedAt: envelope.recordedAt,
    integrity: { alg: envelope.integrity.alg, prevHash: envelope.integrity.prevHash, hash: envelope.integrity.hash },
  };
};

export interface StreamHead {
  revision: bigint;
  hash: string;
}

export const checkExpected = (streamId: string, expected: ExpectedRevision, head: StreamHead | undefined): void => {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && !head) ||
    (expected === 'exists' && head !== undefined) ||
    (typeof expected === 'bigint' && head?.revision === expected);
  if (!ok) throw new WrongExpectedRevision(streamId, expected, head ? head.revision : 'no_stream');
};

/** Same answer as the Postgres adapter: a full retry gets the original result, a partial one is refused. */
export const replayResult = (streamId: string, events: NewEvent[], found: RecordedEvent[]): AppendResult => {
  if (found.length !== events.length)
    throw new EventIdConflict(found[0].eventId, 'part of this append was already stored differently');
  const last = found.reduce((a, b) => (a.revision > b.revision ? a : b));
  return { streamId, nextExpectedRevision: last.revision, position: last.position, logPosition: last.logPosition };
};
