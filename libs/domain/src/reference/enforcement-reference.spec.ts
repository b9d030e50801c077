import { ReferenceNotInForce, ReferenceVersionUnknown } from './reference.errors';
import {
  inspectionFrequencyByVersion,
  inspectionFrequencyInForce,
  riskGradingByVersion,
  riskGradingInForce,
} from './reference-registry';

describe('A–D grading and enforcement policy as versioned reference data', () => {
  it('a grade change made today cites the dated A–D edition of 矿安〔2025〕14号 in force, with its source', () => {
    const grading = riskGradingInForce('2026-12-07T08:00:00Z');
    expect(grading).toMatchObject({
      version: '矿安〔2025〕14号@2025-03',
      effectiveFrom: '2025-03-27',
      confidence: 'C',
    });
    expect(grading.source).toContain('矿安〔2025〕14号');
    expect(grading.grades.map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('has no grading in force before the notice took effect (Beijing date)', () => {
    expect(() => riskGradingInForce('2025-03-26T15:59:59Z')).toThrow(ReferenceNotInForce);
    expect(riskGradingInForce('2025-03-26T16:00:00Z').version).toBe('矿安〔2025〕14号@2025-03');
  });

  it('keeps the undated first edition readable by version for the grade changes that cite it', () =>
    expect(riskGradingByVersion('矿安〔2025〕14号@v1').grades).toHaveLength(4));

  it('takes the cap of 12 on-site inspections per mine per year from policy, with its source', () => {
    const policy = inspectionFrequencyInForce('2026-01-01T00:00:00+08:00');
    expect(policy).toMatchObject({
      version: 'inspection-frequency@2025.1',
      maxOnSiteInspectionsPerMinePerYear: 12,
      minJointInspectionsPerQuarter: 1,
    });
    expect(policy.source).toContain('12');
    expect(inspectionFrequencyByVersion('inspection-frequency@2025.1')).toBe(policy);
  });

  it('refuses an unknown policy version', () =>
    expect(() => inspectionFrequencyByVersion('enforcement@1999.1')).toThrow(ReferenceVersionUnknown));
});
