import { aNewEvent } from '@hazard-ledger/testing';
import { InvalidEventPayload } from './errors';
import { validateAppend } from './validate-append';

describe('validateAppend: the checks every adapter makes before hashing', () => {
  it('returns the events with their ids in lower case, everything else untouched', () => {
    const event = aNewEvent({ eventId: 'ABCDEF01-2345-4678-89AB-CDEF01234567' });
    const [normalised] = validateAppend('hazard-1', [event]);
    expect(normalised).toEqual({ ...event, eventId: 'abcdef01-2345-4678-89ab-cdef01234567' });
    expect(event.eventId).toBe('ABCDEF01-2345-4678-89AB-CDEF01234567');
  });

  it('treats two ids that differ only in case as the same id', () => {
    const id = 'abcdef01-2345-4678-89ab-cdef01234567';
    expect(() => validateAppend('s', [aNewEvent({ eventId: id }), aNewEvent({ eventId: id.toUpperCase() })])).toThrow(
      InvalidEventPayload,
    );
  });

  it('refuses a stream id with NUL, an empty append, a non-UUID id and a missing occurredAt', () => {
    expect(() => validateAppend('a\u0000b', [aNewEvent()])).toThrow(InvalidEventPayload);
    expect(() => validateAppend('s', [])).toThrow(InvalidEventPayload);
    expect(() => validateAppend('s', [aNewEvent({ eventId: 'not-a-uuid' })])).toThrow(InvalidEventPayload);
    const noTime = aNewEvent();
    expect(() => validateAppend('s', [{ ...noTime, metadata: { ...noTime.metadata, occurredAt: '' } }])).toThrow(
      InvalidEventPayload,
    );
  });
});
