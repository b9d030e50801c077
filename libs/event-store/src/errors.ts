import { ExpectedRevision } from './event-store.port';

/** Another writer appended first: the caller's view of the stream is stale. Carries the revision it found. */
export class WrongExpectedRevision extends Error {
  override readonly name = 'WrongExpectedRevision';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, or 'no_stream' when it does not exist. */
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** An event id was reused for different content or a different stream; nothing was written. */
export class EventIdConflict extends Error {
  override readonly name = 'EventIdConflict';
  constructor(
    readonly eventId: string,
    detail: string,
  ) {
    super(`Event id ${eventId} already used: ${detail}`);
  }
}

/** The event cannot be stored faithfully (e.g. a lone surrogate or NUL that JSON/jsonb would alter). */
export class InvalidEventPayload extends Error {
  override readonly name = 'InvalidEventPayload';
}
