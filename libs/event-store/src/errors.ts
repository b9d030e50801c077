import { CategorisedError } from '@hazard-ledger/domain';
import { ExpectedRevision } from './event-store.port';

/**
 * Another writer appended first: the caller's view of the stream is stale. Carries the revision it found.
 * A conflict (409); the API answers 412 instead when the stale revision was the client's own If-Match.
 */
export class WrongExpectedRevision extends Error implements CategorisedError {
  override readonly name = 'WrongExpectedRevision';
  readonly category = 'conflict';
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
export class EventIdConflict extends Error implements CategorisedError {
  override readonly name = 'EventIdConflict';
  readonly category = 'conflict';
  constructor(
    readonly eventId: string,
    detail: string,
  ) {
    super(`Event id ${eventId} already used: ${detail}`);
  }
}

/** The event cannot be stored faithfully (e.g. a lone surrogate or NUL that JSON/jsonb would alter). */
export class InvalidEventPayload extends Error implements CategorisedError {
  override readonly name = 'InvalidEventPayload';
  readonly category = 'malformed';
}

/** An Idempotency-Key sent again with a different request: refused, never answered with the other request's result. */
export class IdempotencyKeyReused extends Error implements CategorisedError {
  override readonly name = 'IdempotencyKeyReused';
  readonly category = 'invalid';
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency-Key ${idempotencyKey} was already used for a different request`);
  }
}

/** Appends open when "now" was read did not end within the bound: no cut that could still move is answered. */
export class HorizonNotSettled extends Error implements CategorisedError {
  override readonly name = 'HorizonNotSettled';
  readonly category = 'unavailable';
  constructor(readonly waitedMs: number) {
    super(
      `写入事务未在 ${waitedMs} ms 内结束，请稍后重试 / open appends did not end within ${waitedMs} ms; retry shortly`,
    );
  }
}
