import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

/** Deadlines and reward rates of the 举报 loop (domain.md §6): data with a version and provenance, never constants. */
export interface TipPolicyEdition {
  version: string;
  /** 00:00 China Standard Time of this date. */
  effectiveFrom: string;
  /** 受理 decision after receipt ("tell the reporter at the time whether it is accepted"). */
  acceptWithinDays: number;
  /** 办结 after 受理. */
  handleWithinDays: number;
  /** One extension of at most this many days, with the next level's approval and a reason. */
  maxExtensionDays: number;
  /** 反馈 after 核实 ends. */
  feedbackWithinDays: number;
  /** 异议 after the conclusion is served. */
  objectionWithinDays: number;
  /** 复查 after the objection. */
  reReviewWithinDays: number;
  /** 一级举报 / 二级举报 share of the fine, and the floor and cap of a reward, in yuan. */
  rewardRate: { first: number; second: number };
  rewardMinYuan: number;
  rewardMaxYuan: number;
  /** 兑现 of a decided reward. */
  rewardPayWithinDays: number;
  /** Years the reporter's identity is kept after receipt; then its data key is destroyed. */
  identityRetentionYears: number;
  provenance: Readonly<Record<TipPolicyRule, { confidence: Confidence; source: string; placeholder: boolean }>>;
}

export type TipPolicyRule = Exclude<keyof TipPolicyEdition, 'version' | 'effectiveFrom' | 'provenance'>;

/** What a tip decision carries of the policy (the handler copies it from the edition in force). */
export type TipPolicyRef = Omit<TipPolicyEdition, 'provenance' | 'effectiveFrom'>;

const edition2023: TipPolicyEdition = {
  version: 'tips@2023.1',
  effectiveFrom: '2023-10-18',
  acceptWithinDays: 5,
  handleWithinDays: 60,
  maxExtensionDays: 30,
  feedbackWithinDays: 10,
  objectionWithinDays: 10,
  reReviewWithinDays: 30,
  rewardRate: { first: 0.15, second: 0.12 },
  rewardMinYuan: 3_000,
  rewardMaxYuan: 300_000,
  rewardPayWithinDays: 15,
  identityRetentionYears: 5,
  provenance: {
    acceptWithinDays: {
      confidence: 'X',
      source: 'Shandong: tell the reporter at the time whether it is accepted (domain.md §6.3 [C]); no number found',
      placeholder: true,
    },
    handleWithinDays: {
      confidence: 'P',
      source:
        '安监总财〔2012〕63号 60 days from 受理 [C]; Shandong 60 days [C]; the 2018 text not retrieved (domain.md §6.1, §6.3)',
      placeholder: false,
    },
    maxExtensionDays: {
      confidence: 'P',
      source: '安监总财〔2012〕63号 +≤30 days with the next level’s approval [C]; 2018 text [X] (domain.md §6.1)',
      placeholder: false,
    },
    feedbackWithinDays: {
      confidence: 'P',
      source: '安监总财〔2012〕63号 feedback within 10 days after verification [C]; 2018 text [X] (domain.md §6.1)',
      placeholder: false,
    },
    objectionWithinDays: {
      confidence: 'C',
      source: '应急〔2023〕106号 as applied by 鄂尔多斯: 异议 within 10 days of service (domain.md §6.1 [C])',
      placeholder: false,
    },
    reReviewWithinDays: {
      confidence: 'C',
      source: '应急〔2023〕106号 as applied by 鄂尔多斯: 复查 within 30 days by the next level (domain.md §6.1 [C])',
      placeholder: false,
    },
    rewardRate: {
      confidence: 'P',
      source:
        '矿山安全生产举报奖励实施细则(试行) 2021: 一级 15%, 二级 12% [C]; superseded 2024-10-25, new rates [X] (domain.md §6.2)',
      placeholder: false,
    },
    rewardMinYuan: {
      confidence: 'P',
      source: '安监总财〔2018〕19号 and the 2021 mine 细则: min ¥3 000 [C, news summary] (domain.md §6.1, §6.2)',
      placeholder: false,
    },
    rewardMaxYuan: {
      confidence: 'P',
      source: '安监总财〔2018〕19号 and the 2021 mine 细则: max ¥300 000 [C, news summary] (domain.md §6.1, §6.2)',
      placeholder: false,
    },
    rewardPayWithinDays: {
      confidence: 'X',
      source: 'Notice (二十一) "及时兑现举报奖励" only; no number found (domain.md §6)',
      placeholder: true,
    },
    identityRetentionYears: {
      confidence: 'X',
      source: 'No retention period for reporter identities was found (domain.md §6); the bureau must set it',
      placeholder: true,
    },
  },
};

/** Every published edition, oldest first. Append a new one; never edit a published one. */
export const TIP_POLICY_EDITIONS: readonly TipPolicyEdition[] = deepFreeze([edition2023]);

const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);

/** The edition in force at `at`; the oldest one before any took effect (tips received before 2023-10-18). */
export const tipPolicyInForce = (at: string): TipPolicyEdition => {
  const t = Date.parse(at);
  return TIP_POLICY_EDITIONS.filter((e) => startOf(e.effectiveFrom) <= t).at(-1) ?? TIP_POLICY_EDITIONS[0];
};

export const tipPolicyRefOf = (edition: TipPolicyEdition): TipPolicyRef => {
  const { provenance: _p, effectiveFrom: _e, ...ref } = edition;
  return ref;
};
