import { NewEvent } from '@hazard-ledger/domain';
import { InvalidEventPayload } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Shared by every adapter so they refuse exactly the same appends. */
export const validateAppend = (streamId: string, events: NewEvent[]): void => {
  if (!streamId || streamId.length > 200 || streamId.includes('\u0000'))
    throw new InvalidEventPayload('stream id must be 1–200 characters without NUL');
  if (events.length === 0) throw new InvalidEventPayload('nothing to append');
  for (const e of events) {
    if (!UUID.test(e.eventId)) throw new InvalidEventPayload(`event id ${e.eventId} is not a UUID`);
    if (!e.metadata?.occurredAt || Number.isNaN(Date.parse(e.metadata.occurredAt)))
      throw new InvalidEventPayload(`event ${e.eventId}: metadata.occurredAt must be an ISO 8601 time`);
  }
  if (new Set(events.map((e) => e.eventId.toLowerCase())).size !== events.length)
    throw new InvalidEventPayload('duplicate event ids within one append');
};
