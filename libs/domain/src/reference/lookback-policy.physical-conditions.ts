import { Confidence } from '../shared/reference';

type Provenance = { confidence: Confidence; source: string; placeholder: boolean };

/**
 * LB-04 (domain.md §9 item 4): which 判定标准 clauses describe a physical condition whose start other records can
 * date, and which 隐蔽致灾因素 census kinds show such a condition. Kept apart so lookback-policy.ts stays short; it is
 * part of edition lookback@2026.2 and, like it, never edited once published.
 */
export interface PhysicalConditionPolicy {
  /** LB-04: clauses that describe a missing or defective physical system or state a site visit can see. */
  physicalConditionClauses: readonly string[];
  /** LB-04: per clause, the census kinds whose entry (foundOn, same area, not yet treated) shows the condition. */
  conditionFactorKinds: Readonly<Record<string, readonly string[]>>;
  physicalConditionProvenance: Readonly<Record<'physicalConditionClauses' | 'conditionFactorKinds', Provenance>>;
}

const ids = (site: string, items: number[]) => items.map((n) => `MHS2022-${site}-${String(n).padStart(2, '0')}`);

export const physicalConditions2026: PhysicalConditionPolicy = {
  physicalConditionClauses: [
    // UG: exits, drainage, collar, watertight doors, fire monitoring, pillars, voids, support, ventilation,
    // detectors, hoists, man-carriers, power, earthing, monitoring systems.
    ...ids('UG', [1, 7, 8, 10, 13, 16, 17, 19, 20, 21, 22, 23, 24, 25, 31]),
    // OP: slope angles, pillars, slope monitoring, sliding signs, haul roads, flood control, dumps, berms.
    ...ids('OP', [4, 5, 7, 8, 9, 10, 11, 12]),
    // TS: dam defects, slopes, height, phreatic line, freeboard, discharge structures, monitoring, access road.
    ...ids('TS', [2, 3, 4, 7, 8, 9, 13, 16]),
  ],
  conditionFactorKinds: {
    'MHS2022-UG-17': ['goaf', 'abandoned_working'],
    'MHS2022-OP-08': ['unstable_slope'],
  },
  physicalConditionProvenance: {
    physicalConditionClauses: {
      confidence: 'R',
      source:
        'Our reading of 矿安〔2022〕88号 (domain.md §3): the §3.4 basic_condition items that are physical (not staffing, licences, design approval or contracting) plus the physical items outside it (pillars, voids, slope sliding, haul roads, dam defects); to be confirmed by the bureau',
      placeholder: true,
    },
    conditionFactorKinds: {
      confidence: 'R',
      source:
        'hidden-factor kinds goaf/abandoned_working dated by the census → UG-17 (voids not treated); unstable_slope → OP-08 (slope sliding): our reading',
      placeholder: true,
    },
  },
};
