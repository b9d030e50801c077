import { HIDDEN_FACTOR_KINDS } from '../hidden-factor/hidden-factor.commands';
import { CATALOGUE_EDITIONS } from './clause-catalogue';
import { LOOKBACK_POLICY_EDITIONS, lookbackPolicyInForce } from './lookback-policy';

const [edition2026, edition2026b] = LOOKBACK_POLICY_EDITIONS;
const clauses = CATALOGUE_EDITIONS[0].clauses;

describe('lookback@2026.2 (LB-04 physical conditions)', () => {
  it('replaces 2026.1 at every cut, from the standard’s first day on', () => {
    for (const at of ['2022-09-01T00:00:00+08:00', '2024-06-30T12:00:00Z', new Date().toISOString()])
      expect(lookbackPolicyInForce(at).version).toBe('lookback@2026.2');
  });

  it('keeps every value of 2026.1 and adds only the two lists', () => {
    const { physicalConditionClauses, conditionFactorKinds, physicalConditionProvenance, version, ...rest } =
      edition2026b;
    expect(version).toBe('lookback@2026.2');
    expect({ ...rest, version: edition2026.version }).toEqual(edition2026);
    expect(physicalConditionClauses).toHaveLength(31);
    expect(Object.keys(conditionFactorKinds ?? {})).toEqual(['MHS2022-UG-17', 'MHS2022-OP-08']);
    expect(physicalConditionProvenance?.physicalConditionClauses.placeholder).toBe(true);
    expect(edition2026.physicalConditionClauses).toBeUndefined();
  });

  it('names only clauses of the catalogue and census kinds that exist', () => {
    for (const id of edition2026b.physicalConditionClauses ?? []) expect(clauses.has(id)).toBe(true);
    for (const [id, kinds] of Object.entries(edition2026b.conditionFactorKinds ?? {})) {
      expect(edition2026b.physicalConditionClauses).toContain(id);
      for (const k of kinds) expect(HIDDEN_FACTOR_KINDS).toContain(k);
    }
  });

  it('leaves out the staffing, licence and approval items of the basic_condition tag', () =>
    ['UG-09', 'UG-27', 'UG-28', 'UG-32'].forEach((c) =>
      expect(edition2026b.physicalConditionClauses).not.toContain(`MHS2022-${c}`),
    ));
});
