import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

/** Rules of the inspection record that no text fixes as a number: data with a version, source and confidence. */
export interface InspectionPolicyEdition {
  version: string;
  /** 00:00 China Standard Time of this date. */
  effectiveFrom: string;
  /** An inspection entered more than this many hours after it took place needs a reason for lateness. */
  lateEntryAfterHours: number;
  /** Fewest enforcement officers on an inspection team. */
  minTeamSize: number;
  provenance: Readonly<
    Record<'lateEntryAfterHours' | 'minTeamSize', { confidence: Confidence; source: string; placeholder: boolean }>
  >;
}

const edition2024: InspectionPolicyEdition = {
  version: 'inspection-policy@2024.1',
  effectiveFrom: '2024-01-01',
  lateEntryAfterHours: 72,
  minTeamSize: 2,
  provenance: {
    lateEntryAfterHours: {
      confidence: 'X',
      source: '行政执法"三项制度"全过程记录 (domain.md §4.1 [P]); no deadline for entering the record was found',
      placeholder: true,
    },
    minTeamSize: {
      confidence: 'R',
      source: '行政处罚法: at least two enforcement officers (recalled); domain.md §8.2 "≥2, with licence"',
      placeholder: false,
    },
  },
};

/** Every published edition, oldest first. Append a new one; never edit a published one. */
export const INSPECTION_POLICY_EDITIONS: readonly InspectionPolicyEdition[] = deepFreeze([edition2024]);

const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);

/** The edition in force at `at` (the latest effectiveFrom not after it); the oldest one before any took effect. */
export const inspectionPolicyInForce = (at: string): InspectionPolicyEdition => {
  const t = Date.parse(at);
  const inForce = INSPECTION_POLICY_EDITIONS.filter((e) => startOf(e.effectiveFrom) <= t);
  return inForce.at(-1) ?? INSPECTION_POLICY_EDITIONS[0];
};
