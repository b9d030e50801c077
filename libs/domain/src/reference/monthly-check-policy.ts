import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

/** When the month's 重大事故隐患排查 is due: the notice says monthly, no day is confirmed, so it is policy data. */
export interface MonthlyCheckPolicyEdition {
  version: string;
  /** 00:00 China Standard Time of this date. */
  effectiveFrom: string;
  /** Due by the end of the month (CST) plus this many days; carried out later = done late. */
  dueDaysAfterMonthEnd: number;
  /** The first month the board counts as owed (YYYY-MM): the notice's year. */
  firstMonth: string;
  provenance: Readonly<
    Record<'dueDaysAfterMonthEnd' | 'firstMonth', { confidence: Confidence; source: string; placeholder: boolean }>
  >;
}

const edition2024: MonthlyCheckPolicyEdition = {
  version: 'monthly-check@2024.1',
  effectiveFrom: '2024-01-01',
  dueDaysAfterMonthEnd: 0,
  firstMonth: '2024-01',
  provenance: {
    dueDaysAfterMonthEnd: {
      confidence: 'X',
      source: '上党区 2024 工作要点 (十二): "主要负责人要牵头组织专业技术人员每月开展1次"; no due day was found',
      placeholder: true,
    },
    firstMonth: {
      confidence: 'P',
      source: 'the notice is the 2024 work plan; earlier months are not owed under it (domain.md §5.4)',
      placeholder: true,
    },
  },
};

/** Every published edition, oldest first. Append a new one; never edit a published one. */
export const MONTHLY_CHECK_POLICY_EDITIONS: readonly MonthlyCheckPolicyEdition[] = deepFreeze([edition2024]);

const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);

/** The edition in force at `at` (the latest effectiveFrom not after it); the oldest one before any took effect. */
export const monthlyCheckPolicyInForce = (at: string): MonthlyCheckPolicyEdition => {
  const t = Date.parse(at);
  return (
    MONTHLY_CHECK_POLICY_EDITIONS.filter((e) => startOf(e.effectiveFrom) <= t).at(-1) ??
    MONTHLY_CHECK_POLICY_EDITIONS[0]
  );
};
