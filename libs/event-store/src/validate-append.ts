import { NewEvent } from '@hazard-ledger/domain';
import { InvalidEventPayload } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Shared by every adapter so they refuse exactly the same appends. Returns the events with their ids in the
 * canonical lower case: both stores read a UUID back in lower case, so an id hashed as given in upper case
 * would make `verify` report an untouched event as tampered.
 */
export const validateAppend = (streamId: string, events: NewEvent[]): NewEvent[] => {
  if (!streamId || streamId.length > 200 || streamId.includes('\u0000'))
    throw new InvalidEventPayload('stream id must be 1–200 characters without NUL');
  if (events.length === 0) throw new InvalidEventPayload('nothing to append');
  for (const e of events) {
    if (!UUID.test(e.eventId)) throw new InvalidEventPayload(`event id ${e.eventId} is not a UUID`);
    if (!e.metadata?.occurredAt || Number.isNaN(Date.parse(e.metadata.occurredAt)))
      throw new InvalidEventPayload(`event ${e.eventId}: metadata.occurredAt must be an ISO 8601 time`);
  }
  const normalised = events.map((e) => ({ ...e, eventId: e.eventId.toLowerCase() }));
  if (new Set(normalised.map((e) => e.eventId)).size !== events.length)
    throw new InvalidEventPayload('duplicate event ids within one append');
  return normalised;
};
