import { aNewEvent } from '@hazard-ledger/testing';
import { EventIdConflict, WrongExpectedRevision } from '../errors';
import { GENESIS_HASH, chainHash } from '../integrity/hash-chain';
import { planAppends } from './append-plan';

const now = '2026-11-29T10:00:00.000001Z';
const stored = (eventId: string, streamId: string, position: number) => ({
  event_id: eventId,
  stream_id: streamId,
  stream_position: '0',
  global_position: String(position),
  tx_id: '900',
});

describe('planning a group of appends', () => {
  it('chains new events to the stream head with the database clock, per stream', () => {
    const [a, b] = [aNewEvent(), aNewEvent()];
    const plan = planAppends(
      'sm3',
      [
        { streamId: 'hazard-1', events: [a], expected: 3n },
        { streamId: 'hazard-2', events: [b], expected: 'no_stream' },
      ],
      [{ streamId: 'hazard-1', revision: '3', lastHash: 'f'.repeat(64) }],
      [],
      now,
    );
    expect(plan.decided).toEqual([]);
    expect(plan.anchors).toEqual([
      { stream_id: 'hazard-1', revision: '4', last_hash: plan.rows[0].hash, expected: '3' },
      { stream_id: 'hazard-2', revision: '0', last_hash: plan.rows[1].hash, expected: null },
    ]);
    expect(plan.rows[0]).toMatchObject({ stream_position: '4', prev_hash: 'f'.repeat(64), ord: 0 });
    expect(plan.rows[0].hash).toBe(
      chainHash('sm3', { ...a, streamId: 'hazard-1', revision: 4n, recordedAt: now }, 'f'.repeat(64)),
    );
    expect(plan.rows[1]).toMatchObject({ stream_position: '0', prev_hash: GENESIS_HASH, ord: 1 });
  });

  it('refuses only the stale append and writes the others', () => {
    const plan = planAppends(
      'sha256',
      [
        { streamId: 'hazard-1', events: [aNewEvent()], expected: 2n },
        { streamId: 'hazard-2', events: [aNewEvent()], expected: 'exists' },
      ],
      [{ streamId: 'hazard-1', revision: '3', lastHash: 'a'.repeat(64) }],
      [],
      now,
    );
    expect(plan.decided[0]).toEqual({ error: expect.any(WrongExpectedRevision) });
    expect((plan.decided[0] as { error: WrongExpectedRevision }).error.actual).toBe(3n);
    expect((plan.decided[1] as { error: WrongExpectedRevision }).error.actual).toBe('no_stream');
    expect(plan.rows).toEqual([]);
  });

  it('answers a repeated append with its original result, and a partial repeat with a conflict', () => {
    const [a, b] = [aNewEvent(), aNewEvent()];
    const plan = planAppends(
      'sm3',
      [
        { streamId: 'hazard-1', events: [a], expected: 'no_stream' },
        { streamId: 'hazard-2', events: [b, aNewEvent()], expected: 'any' },
      ],
      [],
      [stored(a.eventId, 'hazard-1', 41), stored(b.eventId, 'hazard-2', 42)],
      now,
    );
    expect(plan.decided[0]).toEqual({
      ok: {
        streamId: 'hazard-1',
        nextExpectedRevision: 0n,
        position: 41n,
        logPosition: { commit: 900n, prepare: 41n },
      },
    });
    expect(plan.decided[1]).toEqual({ error: expect.any(EventIdConflict) });
    expect(plan.rows).toEqual([]);
  });
});
