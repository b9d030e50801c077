import { ChainVerifier, GENESIS_HASH, chainHash, chainInput, digest } from './hash-chain';
import { canonicalJson } from './canonical-json';
import { InvalidEventPayload } from '../errors';

describe('SM3 (GM/T 0004-2012)', () => {
  it('matches example 1 of the standard ("abc")', () =>
    expect(digest('sm3', 'abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'));

  it('matches example 2 of the standard ("abcd" × 16, 512 bits)', () =>
    expect(digest('sm3', 'abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732'));

  it('keeps SHA-256 selectable (FIPS 180-4 "abc")', () =>
    expect(digest('sha256', 'abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'));
});

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys and formats numbers the ECMAScript way', () =>
    expect(canonicalJson({ b: 1e21, a: [1.5, '€', null], c: 0.000001, d: -0 })).toBe(
      '{"a":[1.5,"€",null],"b":1e+21,"c":0.000001,"d":0}',
    ));

  it('passes the RFC 8785 §3.2.2 sample', () =>
    expect(
      canonicalJson({
        // eslint-disable-next-line no-loss-of-precision -- the RFC 8785 sample literal itself
        numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
        string: '\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/',
        literals: [null, true, false],
      }),
    ).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    ));

  it('refuses what would not survive storage: lone surrogates, NUL, non-finite numbers', () => {
    expect(() => canonicalJson({ s: '\udead' })).toThrow(InvalidEventPayload);
    expect(() => canonicalJson({ s: 'a\u0000b' })).toThrow(InvalidEventPayload);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(InvalidEventPayload);
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(/Date is not plain JSON/);
    expect(canonicalJson({ s: '\ud83d\ude00' })).toBe('{"s":"😀"}');
  });
});

describe('hash chain', () => {
  const content = {
    streamId: 'hazard-1',
    revision: 0n,
    eventId: '00000000-0000-4000-8000-000000000001',
    type: 'HazardDiscovered',
    schemaVersion: 1,
    data: { hazardId: '1' },
    metadata: {
      actor: { id: 'u', name: 'n', role: 'r', org: 'o' },
      occurredAt: '2024-01-01T00:00:00Z',
      correlationId: 'c',
    },
    recordedAt: '2024-01-01T00:00:01.000001Z',
  };

  it('hashes a documented canonical input so anyone can recompute it', () => {
    const input = chainInput(content, GENESIS_HASH);
    expect(input.startsWith('{"data":{"hazardId":"1"},"eventId":')).toBe(true);
    expect(chainHash('sm3', content, GENESIS_HASH)).toBe(digest('sm3', input));
  });

  it.each(['sm3', 'sha256'] as const)('verifies an intact %s chain and finds an edited event', (alg) => {
    const first = {
      ...content,
      alg,
      position: 1n,
      prevHash: GENESIS_HASH,
      hash: chainHash(alg, content, GENESIS_HASH),
    };
    const secondContent = { ...content, revision: 1n, eventId: '00000000-0000-4000-8000-000000000002' };
    const second = {
      ...secondContent,
      alg,
      position: 2n,
      prevHash: first.hash,
      hash: chainHash(alg, secondContent, first.hash),
    };
    const intact = new ChainVerifier('hazard-1');
    expect([first, second].map((l) => intact.check(l))).toEqual([undefined, undefined]);
    const tampered = new ChainVerifier('hazard-1');
    expect(tampered.check({ ...first, data: { hazardId: '2' } })).toMatchObject({
      revision: 0n,
      position: 1n,
      problem: 'hash-mismatch',
    });
    const relinked = new ChainVerifier('hazard-1');
    relinked.check(first);
    expect(relinked.check({ ...second, prevHash: GENESIS_HASH })).toMatchObject({
      problem: 'broken-link',
      revision: 1n,
    });
  });
});
