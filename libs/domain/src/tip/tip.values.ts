import { TipPolicyRef } from '../reference/tip-policy';

export type { TipPolicyRef };

/** 举报渠道: 12350 hotline, the online platform, letters, visits in person, e-mail (domain.md §6.1, notice 二十一). */
export const TIP_CHANNELS = ['hotline_12350', 'online', 'letter', 'visit', 'email'] as const;
export type TipChannel = (typeof TIP_CHANNELS)[number];

/** What the tip is about: the categories the reward rules name (安监总财〔2018〕19号). */
export const TIP_CATEGORIES = ['major_hazard', 'illegal_production', 'concealed_accident', 'other'] as const;
export type TipCategory = (typeof TIP_CATEGORIES)[number];

/** 核查结论: 属实 / 部分属实 / 不属实. */
export const TIP_FINDINGS = ['true', 'partly_true', 'false'] as const;
export type TipFinding = (typeof TIP_FINDINGS)[number];

export const REWARD_LEVELS = ['first', 'second'] as const;
export type RewardLevel = (typeof REWARD_LEVELS)[number];

export const SHRED_GROUNDS = ['retention_ended', 'lawful_request'] as const;
export type ShredGround = (typeof SHRED_GROUNDS)[number];

export const LATER_EVIDENCE_KINDS = ['inspection', 'accident', 'hazard'] as const;
export type LaterEvidenceKind = (typeof LATER_EVIDENCE_KINDS)[number];

export const ACCOUNTABLE_PARTIES = ['enterprise', 'regulator'] as const;
export type AccountableParty = (typeof ACCOUNTABLE_PARTIES)[number];

/**
 * The reporter as the log knows them: never a name or a contact, only where the vault keeps them (vaultRef) and the
 * SHA-256 of the ciphertext (so the vault row can be shown to be the one filed). `internal`: an employee reporting
 * their own employer (内部吹哨人, 应急〔2020〕69号), who must give a real name and contacts.
 */
export interface ReporterRef {
  kind: 'named' | 'anonymous';
  internal: boolean;
  vaultRef: string;
  /** Hex SHA-256 of the stored identity ciphertext; null for an anonymous reporter (only a claim code is held). */
  ciphertextSha256: string | null;
}

/** The person a tip is assigned to verify and handle, as the user directory names them. */
export interface TipAssignee {
  userId: string;
  name: string;
  role: string;
}

/** The reply 应急〔2023〕106号 requires: 核查结论, 简要核查情况, 处理决定, 是否符合奖励条件. */
export interface TipFeedback {
  conclusion: string;
  facts: string;
  decision: string;
  rewardEligible: boolean;
}

const DAY = 86_400_000;
export const addDays = (at: string, days: number): string => new Date(Date.parse(at) + days * DAY).toISOString();

/** A reward: the level's share of the fine, raised to the floor and cut to the cap; whole yuan. */
export const rewardAmount = (policy: TipPolicyRef, level: RewardLevel, fineYuan: number): number =>
  Math.min(policy.rewardMaxYuan, Math.max(policy.rewardMinYuan, Math.round(fineYuan * policy.rewardRate[level])));
