import {
  catalogueByVersion,
  catalogueInForce,
  currentCatalogue,
  currentRiskGrading,
  policyByVersion,
  policyInForce,
  referenceContextAt,
  riskGradingByVersion,
} from './reference-registry';
import { ReferenceNotInForce, ReferenceTimeInvalid, ReferenceVersionUnknown } from './reference.errors';

describe('Reference registry', () => {
  it('finds published versions and refuses unknown ones', () => {
    expect(catalogueByVersion('矿安〔2022〕88号@v1').clauses.size).toBe(61);
    expect(policyByVersion('policy@2024.1').siteReviewWithinDays).toBe(10);
    expect(riskGradingByVersion('矿安〔2025〕14号@v1').grades.map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D']);
    expect(() => catalogueByVersion('矿安〔2017〕98号@v1')).toThrow(ReferenceVersionUnknown);
    expect(() => policyByVersion('policy@2099.1')).toThrow(ReferenceVersionUnknown);
  });

  it('names the newest catalogue and grading scale as current', () => {
    expect(currentCatalogue().version).toBe('矿安〔2022〕88号@v1');
    expect(currentRiskGrading().version).toBe('矿安〔2025〕14号@2025-03');
  });

  describe('policy in force', () => {
    it('takes effect at 00:00 Beijing time of effectiveFrom', () => {
      expect(policyInForce('2023-12-31T16:00:00.000Z').version).toBe('policy@2024.1');
      expect(policyInForce('2024-01-01T00:00:00+08:00').version).toBe('policy@2024.1');
      expect(() => policyInForce('2023-12-31T15:59:59.999Z')).toThrow(ReferenceNotInForce);
    });

    it('stays in force until a later version takes over', () => {
      expect(policyInForce('2026-12-06T15:59:59.999Z').version).toBe('policy@2024.1');
      expect(policyInForce('2030-06-01T00:00:00Z').version).toBe('policy@2026.1');
    });

    it.each(['2024-03-01', '2024-03-01T08:00:00', 'yesterday', '2024-13-45T99:00:00Z'])('refuses the time %p', (at) =>
      expect(() => policyInForce(at)).toThrow(ReferenceTimeInvalid),
    );
  });

  describe('catalogue in force', () => {
    it('starts with the standard on 2022-09-01 (the 2017 试行 standard is not loaded)', () => {
      expect(catalogueInForce('2022-08-31T16:00:00Z').version).toBe('矿安〔2022〕88号@v1');
      expect(() => catalogueInForce('2022-08-31T15:59:59Z')).toThrow(ReferenceNotInForce);
    });
  });

  it('gives a decision the catalogue and policy to cite', () => {
    const context = referenceContextAt('2024-03-01T08:00:00.000Z');
    expect(context.catalogue.version).toBe('矿安〔2022〕88号@v1');
    expect(context.policy.version).toBe('policy@2024.1');
    expect(() => referenceContextAt('2023-06-01T00:00:00Z')).toThrow(ReferenceNotInForce);
  });
});
