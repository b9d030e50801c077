import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

/** Limits of one 动火作业票 that no text we hold fixes for non-coal mines: data with a version and provenance. */
export interface HotWorkPolicyEdition {
  version: string;
  /** 00:00 China Standard Time of this date. */
  effectiveFrom: string;
  /** The longest window one permit may cover. */
  maxWindowHours: number;
  provenance: Readonly<Record<'maxWindowHours', { confidence: Confidence; source: string; placeholder: boolean }>>;
}

const edition2024: HotWorkPolicyEdition = {
  version: 'hot-work@2024.1',
  effectiveFrom: '2024-01-01',
  maxWindowHours: 8,
  provenance: {
    maxWindowHours: {
      confidence: 'R',
      source:
        'GB 30871 (危险化学品企业特殊作业安全规范): 特级/一级动火作业票 valid ≤ 8 h (recalled, another sector); ' +
        'notice 十一 only says 一项动火作业、一张动火作业票',
      placeholder: true,
    },
  },
};

/** Every published edition, oldest first. Append a new one; never edit a published one. */
export const HOT_WORK_POLICY_EDITIONS: readonly HotWorkPolicyEdition[] = deepFreeze([edition2024]);

const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);

/** The edition in force at `at` (the latest effectiveFrom not after it); the oldest one before any took effect. */
export const hotWorkPolicyInForce = (at: string): HotWorkPolicyEdition => {
  const t = Date.parse(at);
  return HOT_WORK_POLICY_EDITIONS.filter((e) => startOf(e.effectiveFrom) <= t).at(-1) ?? HOT_WORK_POLICY_EDITIONS[0];
};
