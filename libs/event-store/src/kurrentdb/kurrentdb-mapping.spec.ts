import { ANY, NO_STREAM, STREAM_EXISTS, WrongExpectedVersionError } from '@eventstore/db-client';
import { NewEvent, RecordedEvent, START } from '@hazard-ledger/domain';
import { aNewEvent } from '@hazard-ledger/testing';
import { EventIdConflict, WrongExpectedRevision } from '../errors';
import { ChainVerifier, GENESIS_HASH, chainHash } from '../integrity/hash-chain';
import {
  ENVELOPE_KEY,
  EsdbResolved,
  StoredEnvelope,
  atOrBefore,
  checkExpected,
  isAfter,
  isSystemEvent,
  matchesPrefixes,
  packMetadata,
  replayResult,
  toEsdbEvent,
  toEsdbExpected,
  toReadPosition,
  toRecordedEvent,
  toWrongExpected,
  unpackMetadata,
} from './kurrentdb-mapping';

const envelope = (over: Partial<StoredEnvelope> = {}): StoredEnvelope => ({
  schemaVersion: 2,
  recordedAt: '2024-05-01T02:03:04.567Z',
  integrity: { alg: 'sm3', prevHash: GENESIS_HASH, hash: 'ab'.repeat(32) },
  ...over,
});

/** What the client hands back for an event this adapter wrote (JSON round trip included, as over the wire). */
const resolvedFrom = (
  event: NewEvent,
  env: StoredEnvelope,
  streamId: string,
  revision: bigint,
  at: bigint,
): EsdbResolved => {
  const written = toEsdbEvent(event, env);
  return {
    event: {
      streamId,
      id: written.id,
      revision,
      type: written.type,
      isJson: written.contentType === 'application/json',
      data: JSON.parse(JSON.stringify(written.data)),
      metadata: JSON.parse(JSON.stringify(written.metadata)),
      position: { commit: at, prepare: at },
    },
    commitPosition: at,
  };
};

describe('KurrentDB mapping', () => {
  it('maps every expected revision onto the client constant', () => {
    expect(toEsdbExpected('no_stream')).toBe(NO_STREAM);
    expect(toEsdbExpected('any')).toBe(ANY);
    expect(toEsdbExpected('exists')).toBe(STREAM_EXISTS);
    expect(toEsdbExpected(7n)).toBe(7n);
  });

  it('maps our START to the client START and other positions through', () => {
    expect(toReadPosition(START)).toBe('start');
    expect(toReadPosition({ commit: 10n, prepare: 9n })).toEqual({ commit: 10n, prepare: 9n });
  });

  it('translates a wrong-version error, keeping the actual revision', () => {
    const error = (current: bigint | 'no_stream') =>
      new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current });
    const mapped = toWrongExpected('s', 0n, error(3n));
    expect(mapped).toBeInstanceOf(WrongExpectedRevision);
    expect(mapped).toMatchObject({ streamId: 's', expected: 0n, actual: 3n });
    expect(toWrongExpected('s', 'no_stream', error('no_stream')).actual).toBe('no_stream');
  });

  it('packs the envelope into metadata and unpacks exactly the original metadata', () => {
    const event = aNewEvent();
    const env = envelope({ signature: { signer: 'u-1', meaning: '签发', value: 'sig' } });
    const packed = JSON.parse(JSON.stringify(packMetadata(event.metadata, env))) as unknown;
    expect(unpackMetadata(packed)).toEqual({ metadata: event.metadata, envelope: env });
    expect(unpackMetadata({ ...event.metadata })).toBeUndefined();
    expect(unpackMetadata(new Uint8Array([1]))).toBeUndefined();
    expect(unpackMetadata(undefined)).toBeUndefined();
  });

  it('writes a JSON event with our id, type, data and packed metadata', () => {
    const event = aNewEvent();
    const written = toEsdbEvent(event, envelope());
    expect(written).toMatchObject({
      id: event.eventId,
      type: event.type,
      contentType: 'application/json',
      data: event.data,
    });
    expect((written.metadata as Record<string, unknown>)[ENVELOPE_KEY]).toEqual(envelope());
  });

  it('turns a resolved event back into a RecordedEvent with every envelope field', () => {
    const event = aNewEvent({ signature: { signer: 'u-1', meaning: '审核通过', value: 'sig' } });
    const env = envelope({ signature: event.signature });
    const recorded = toRecordedEvent(resolvedFrom(event, env, 'hazard-1', 4n, 1234n));
    const expected: RecordedEvent = {
      ...event,
      streamId: 'hazard-1',
      revision: 4n,
      position: 1234n,
      logPosition: { commit: 1234n, prepare: 1234n },
      schemaVersion: 2,
      recordedAt: env.recordedAt,
      integrity: env.integrity,
    };
    expect(recorded).toEqual(expected);
    expect(recorded?.metadata).not.toHaveProperty(ENVELOPE_KEY);
  });

  it('falls back to the commit position and skips events it did not write', () => {
    const resolved = resolvedFrom(aNewEvent(), envelope(), 's', 0n, 50n);
    delete resolved.event?.position;
    expect(toRecordedEvent(resolved)?.logPosition).toEqual({ commit: 50n, prepare: 50n });
    const foreign = { ...resolved, event: { ...resolved.event!, metadata: { some: 'thing' } } };
    expect(toRecordedEvent(foreign)).toBeUndefined();
    expect(toRecordedEvent({ ...resolved, event: { ...resolved.event!, isJson: false } })).toBeUndefined();
    expect(toRecordedEvent({})).toBeUndefined();
  });

  it('keeps a hash chain built on write verifiable after the round trip', () => {
    const streamId = 'hazard-chain';
    const recordedAt = new Date().toISOString();
    let prevHash = GENESIS_HASH;
    const read = [aNewEvent(), aNewEvent({ signature: { signer: 'a', meaning: 'b', value: 'c' } })].map((e, i) => {
      const revision = BigInt(i);
      const hash = chainHash('sha256', { ...e, streamId, revision, recordedAt }, prevHash);
      const env = envelope({
        schemaVersion: e.schemaVersion,
        recordedAt,
        integrity: { alg: 'sha256', prevHash, hash },
      });
      prevHash = hash;
      return toRecordedEvent(
        resolvedFrom(e, e.signature ? { ...env, signature: e.signature } : env, streamId, revision, 100n + revision),
      )!;
    });
    const verifier = new ChainVerifier(streamId);
    for (const e of read) expect(verifier.check({ ...e, ...e.integrity })).toBeUndefined();
  });

  it('recognises system events, positions after a checkpoint and stream prefixes', () => {
    const ours = resolvedFrom(aNewEvent(), envelope(), 'hazard-1', 0n, 20n);
    expect(isSystemEvent(ours)).toBe(false);
    expect(isSystemEvent({ event: { ...ours.event!, type: '$metadata' } })).toBe(true);
    expect(isSystemEvent({ event: { ...ours.event!, streamId: '$stats-127.0.0.1:2113' } })).toBe(true);
    expect(isSystemEvent({})).toBe(true);
    expect(isAfter(ours, { commit: 20n, prepare: 20n })).toBe(false);
    expect(isAfter(ours, { commit: 19n, prepare: 19n })).toBe(true);
    expect(isAfter(ours, START)).toBe(true);
    expect(matchesPrefixes('hazard-1', ['inspection-', 'hazard-'])).toBe(true);
    expect(matchesPrefixes('inspection-1', ['hazard-'])).toBe(false);
    expect(matchesPrefixes('x', [])).toBe(true);
  });

  it('checks expected revisions against the stream head like the Postgres adapter', () => {
    const head = { revision: 1n, hash: 'h' };
    expect(() => checkExpected('s', 'any', undefined)).not.toThrow();
    expect(() => checkExpected('s', 'no_stream', undefined)).not.toThrow();
    expect(() => checkExpected('s', 'exists', head)).not.toThrow();
    expect(() => checkExpected('s', 1n, head)).not.toThrow();
    expect(() => checkExpected('s', 'exists', undefined)).toThrow(expect.objectContaining({ actual: 'no_stream' }));
    expect(() => checkExpected('s', 'no_stream', head)).toThrow(expect.objectContaining({ actual: 1n }));
    expect(() => checkExpected('s', 0n, head)).toThrow(expect.objectContaining({ actual: 1n, expected: 0n }));
  });

  it('replays a fully stored append and refuses a partial overlap', () => {
    const events = [aNewEvent(), aNewEvent()];
    const stored = events.map((e, i) => toRecordedEvent(resolvedFrom(e, envelope(), 's', BigInt(i), 10n + BigInt(i)))!);
    expect(replayResult('s', events, [stored[1], stored[0]])).toEqual({
      streamId: 's',
      nextExpectedRevision: 1n,
      position: 11n,
      logPosition: { commit: 11n, prepare: 11n },
    });
    expect(() => replayResult('s', events, [stored[0]])).toThrow(EventIdConflict);
  });

  it('compares instants to the microsecond', () => {
    expect(atOrBefore('2024-01-01T00:00:00.123Z', new Date('2024-01-01T00:00:00.123Z'))).toBe(true);
    expect(atOrBefore('2024-01-01T00:00:00.124Z', '2024-01-01T00:00:00.123999Z')).toBe(false);
    expect(atOrBefore('2024-01-01T00:00:00.123457Z', '2024-01-01T00:00:00.123456Z')).toBe(false);
    expect(atOrBefore('2024-01-01T08:00:00.000+08:00', '2024-01-01T00:00:00.000Z')).toBe(true);
  });
});
