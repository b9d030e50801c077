import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

type Limit = 'windowMinutes' | 'maxPerTipNo' | 'maxPerClient';

/**
 * How many claim-code attempts the public follow-up (密码约定) takes in a sliding window, per tip number and per
 * client address. No text we hold fixes these numbers: data with a version and provenance.
 */
export interface TipFollowUpPolicyEdition {
  version: string;
  /** 00:00 China Standard Time of this date. */
  effectiveFrom: string;
  windowMinutes: number;
  /** Attempts on one tip number (any address) per window: guessing one reporter's code. */
  maxPerTipNo: number;
  /** Attempts from one address (any tip number) per window: sweeping many tips. */
  maxPerClient: number;
  provenance: Readonly<Record<Limit, { confidence: Confidence; source: string; placeholder: boolean }>>;
}

const placeholder = {
  confidence: 'X' as const,
  source: '矿山安全生产举报奖励实施细则: 密码约定 only; no attempt limit found in any text (domain.md §6.2)',
  placeholder: true,
};

const edition2023: TipFollowUpPolicyEdition = {
  version: 'tip-follow-up@2023.1',
  effectiveFrom: '2023-01-01',
  windowMinutes: 15,
  maxPerTipNo: 5,
  maxPerClient: 20,
  provenance: { windowMinutes: placeholder, maxPerTipNo: placeholder, maxPerClient: placeholder },
};

/** Every published edition, oldest first. Append a new one; never edit a published one. */
export const TIP_FOLLOW_UP_POLICY_EDITIONS: readonly TipFollowUpPolicyEdition[] = deepFreeze([edition2023]);

const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);

/** The edition in force at `at` (the latest effectiveFrom not after it); the oldest one before any took effect. */
export const tipFollowUpPolicyInForce = (at: string): TipFollowUpPolicyEdition => {
  const t = Date.parse(at);
  return (
    TIP_FOLLOW_UP_POLICY_EDITIONS.filter((e) => startOf(e.effectiveFrom) <= t).at(-1) ??
    TIP_FOLLOW_UP_POLICY_EDITIONS[0]
  );
};
