import { createHash, randomUUID } from 'node:crypto';
import {
  Command,
  Decider,
  DomainEvent,
  EventMetadata,
  LogPosition,
  NewEvent,
  RecordedEvent,
} from '@hazard-ledger/domain';
import { canonicalJson } from './integrity/canonical-json';
import { IdempotencyKeyReused, WrongExpectedRevision } from './errors';
import { EventStore } from './event-store.port';

export interface CommandEnvelope {
  /** The client's Idempotency-Key: the same key and request give the same event ids and the original answer. */
  idempotencyKey?: string;
  /** Hash of the request body, so a key reused for a different request is refused, not silently answered. */
  requestHash?: string;
  correlationId: string;
  causationId?: string;
  reason?: string;
  referenceVersion?: string;
  /** Valid time claimed by the actor (offline capture, back-dated discovery); defaults to the decision time. */
  occurredAt?: string;
  /** The stream revision the client last saw (If-Match); absent = the revision read now. */
  expectedRevision?: bigint;
}

export interface CommandResult {
  streamId: string;
  revision: bigint;
  position: bigint;
  /** Where the last event sits in the global log: readers pass it as ?minPosition= to read their own write. */
  logPosition: LogPosition;
  events: RecordedEvent[] | DomainEvent[];
  /** True when this answers a retry of an earlier request rather than a new decision. */
  replayed: boolean;
}

/** RFC 9562 version-8 UUID from SHA-256: deterministic, so a retried command appends the same event ids. */
export const deterministicEventId = (idempotencyKey: string, streamId: string, index: number): string => {
  const h = createHash('sha256').update(`${idempotencyKey}\u0000${streamId}\u0000${index}`).digest();
  h[6] = (h[6] & 0x0f) | 0x80;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const requestHashOf = (body: unknown): string =>
  createHash('sha256')
    .update(canonicalJson(body ?? null))
    .digest('hex');

/**
 * The metadata every event of a decision carries: actor, valid time, correlation, reason and reference version.
 * Pure and exported so that whatever writes events without this handler (the bench's generator) writes the same.
 */
export const eventMetadataOf = (command: Command, env: CommandEnvelope): EventMetadata => {
  const { actor } = command.metadata;
  return {
    actor: {
      id: actor.id,
      name: actor.name,
      role: actor.role,
      org: actor.org,
      ...(actor.certificateNo ? { certificateNo: actor.certificateNo } : {}),
    },
    occurredAt: env.occurredAt ?? command.metadata.now,
    correlationId: env.correlationId,
    ...(env.causationId ? { causationId: env.causationId } : {}),
    ...(env.idempotencyKey ? { idempotencyKey: env.idempotencyKey } : {}),
    ...(env.requestHash ? { requestHash: env.requestHash } : {}),
    ...(env.reason ? { reason: env.reason } : {}),
    ...(env.referenceVersion ? { referenceVersion: env.referenceVersion } : {}),
  };
};

const toNewEvent = (
  event: DomainEvent,
  i: number,
  streamId: string,
  command: Command,
  env: CommandEnvelope,
): NewEvent => ({
  eventId: env.idempotencyKey ? deterministicEventId(env.idempotencyKey, streamId, i) : randomUUID(),
  type: event.type,
  schemaVersion: 1,
  data: event.data as NewEvent['data'],
  metadata: eventMetadataOf(command, env),
});

/** A retry of a request already applied: answer with what it wrote, or refuse a reused key. */
const findReplay = (history: RecordedEvent[], streamId: string, env: CommandEnvelope): CommandResult | undefined => {
  if (!env.idempotencyKey) return undefined;
  const firstId = deterministicEventId(env.idempotencyKey, streamId, 0);
  const start = history.findIndex((e) => e.eventId === firstId);
  if (start < 0) return undefined;
  const written = history.slice(start).filter((e) => e.metadata.idempotencyKey === env.idempotencyKey);
  if (env.requestHash && written[0].metadata.requestHash !== env.requestHash)
    throw new IdempotencyKeyReused(env.idempotencyKey);
  const last = written[written.length - 1];
  return {
    streamId,
    revision: last.revision,
    position: last.position,
    logPosition: last.logPosition,
    events: written,
    replayed: true,
  };
};

/** A stream read once and folded: what a command is authorised and decided on. */
export interface LoadedStream<S> {
  streamId: string;
  /** Every event, oldest first: a retried request (Idempotency-Key) is found among them. */
  history: RecordedEvent[];
  state: S;
  /** The stream's last revision; undefined while the stream does not exist. */
  revision: bigint | undefined;
}

/** One read of the stream from the event store and one fold; no read model is consulted. */
export const loadStream = async <S>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<Command, DomainEvent, S>, 'evolve' | 'initialState'>,
): Promise<LoadedStream<S>> => {
  const history = await store.readStream(streamId);
  const state = history.reduce(
    (s, e) => decider.evolve(s, { type: e.type, data: e.data } as DomainEvent),
    decider.initialState(),
  );
  return { streamId, history, state, revision: history.at(-1)?.revision };
};

/**
 * Replay → If-Match → decide → append at exactly the loaded revision. A writer that appended since the load makes
 * the append fail with WrongExpectedRevision; `isLostRace` says whether the caller may load again and retry.
 */
export const decideAndAppend = async <C extends Command, E extends DomainEvent, S>(
  store: EventStore,
  loaded: LoadedStream<S>,
  decider: Decider<C, E, S>,
  command: C,
  env: CommandEnvelope,
): Promise<CommandResult> => {
  const { streamId, history, state, revision: current } = loaded;
  const replay = findReplay(history, streamId, env);
  if (replay) return replay;
  if (env.expectedRevision !== undefined && env.expectedRevision !== current)
    throw new WrongExpectedRevision(streamId, env.expectedRevision, current ?? 'no_stream');
  const events = decider.decide(command, state);
  const newEvents = events.map((e, i) => toNewEvent(e, i, streamId, command, env));
  const result = await store.append(streamId, newEvents, current === undefined ? 'no_stream' : current);
  return {
    streamId,
    revision: result.nextExpectedRevision,
    position: result.position,
    logPosition: result.logPosition,
    events,
    replayed: false,
  };
};

/** Another writer won the race and the client pinned no revision: load again and decide on fresh state. */
export const isLostRace = (error: unknown, env: CommandEnvelope): boolean =>
  error instanceof WrongExpectedRevision && env.expectedRevision === undefined;

/**
 * Load → fold → decide → append at the revision the decision was made on. With If-Match the caller's revision
 * must still be current (else WrongExpectedRevision, 412); without it a lost race is retried on fresh state.
 */
export const handleCommand = async <C extends Command, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  env: CommandEnvelope,
  attempts = 3,
): Promise<CommandResult> => {
  const loaded = await loadStream(store, streamId, decider as Decider<Command, DomainEvent, S>);
  try {
    return await decideAndAppend(store, loaded, decider, command, env);
  } catch (error) {
    if (!isLostRace(error, env) || attempts <= 1) throw error;
    return handleCommand(store, streamId, decider, command, env, attempts - 1);
  }
};
