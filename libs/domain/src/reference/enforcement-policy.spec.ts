import {
  ENFORCEMENT_POLICY_EDITIONS,
  enforcementPolicyByVersion,
  enforcementPolicyInForce,
  penaltyMinimumOf,
} from './enforcement-policy';
import { ReferenceNotInForce, ReferenceVersionUnknown } from './reference.errors';

// Same FNV-1a over canonical JSON as published-reference.spec.ts: a published edition never changes.
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(value);
const fingerprint = (value: unknown): string => {
  let hash = 0x811c9dc5;
  for (const ch of canonical(value)) {
    hash ^= ch.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

describe('Enforcement policy (法制审核 kinds, statutory minimum fines)', () => {
  it('enforcement@2024.1 is unchanged since publication', () =>
    expect(fingerprint(enforcementPolicyByVersion('enforcement@2024.1'))).toBe('53fbb422'));

  it('is in force from 2024-01-01 China time, not before; unknown versions are refused', () => {
    expect(enforcementPolicyInForce('2024-01-01T00:00:00+08:00').version).toBe('enforcement@2024.1');
    expect(() => enforcementPolicyInForce('2023-12-31T15:59:59Z')).toThrow(ReferenceNotInForce);
    expect(() => enforcementPolicyByVersion('enforcement@1999')).toThrow(ReferenceVersionUnknown);
  });

  it('finds the minimum per basis and kind of target; persons share the individual minimum', () => {
    const edition = enforcementPolicyInForce('2024-06-01T00:00:00Z');
    expect(penaltyMinimumOf(edition, '安全生产法第一百零一条', 'company')?.minimumYuan).toBe(100000);
    expect(penaltyMinimumOf(edition, '安全生产法第一百零一条', 'responsible_person')?.minimumYuan).toBe(20000);
    expect(penaltyMinimumOf(edition, '安全生产法第一百零二条', 'company')).toBeUndefined();
  });

  it('marks every unconfirmed minimum as a placeholder with its source', () =>
    ENFORCEMENT_POLICY_EDITIONS.flatMap((e) => e.penaltyMinimums).forEach((m) =>
      expect(m).toMatchObject({ placeholder: true, source: expect.stringContaining('安全生产法') }),
    ));
});
