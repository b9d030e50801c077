/** 每月重大事故隐患排查: values shared by commands, events and the read side. */

/** What the principal signs as the month's result (notice 十二: 每月开展1次重大事故隐患排查整治). */
export const MONTHLY_CHECK_RESULTS = ['hazards_found', 'none_found'] as const;
export type MonthlyCheckResult = (typeof MONTHLY_CHECK_RESULTS)[number];

/** A professional who took part (专业技术人员), by name and post as the enterprise records them. */
export interface CheckParticipant {
  name: string;
  position: string;
}

/**
 * Who led the check, named explicitly: the principal (主要负责人), or someone else — then the record says so. Events
 * before the review fix took the recording user as the leader and carry that user's id and role instead of a post.
 */
export interface CheckLeader {
  name: string;
  position?: string;
  id?: string;
  role?: string;
}

/** Who entered the check on the platform (not necessarily who led it). */
export interface CheckRecorder {
  id: string;
  name: string;
  role: string;
}

/** The policy edition a check's deadline was judged by (copied onto the command by the handler). */
export interface MonthlyCheckPolicyRef {
  version: string;
  /** The month's check is due by the end of the month plus this many days (China Standard Time). */
  dueDaysAfterMonthEnd: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_MS = 86_400_000;

export const isMonth = (value: unknown): value is string => typeof value === 'string' && MONTH.test(value);

/** The stream id of one mine's check for one month: one stream per mine-month, so "one per month" is a stream fact. */
export const monthlyCheckIdOf = (mineId: string, month: string): string => `${mineId}.${month}`;

/** 00:00 China Standard Time of the month's first day (ISO, UTC). */
export const monthStart = (month: string): string => new Date(`${month}-01T00:00:00+08:00`).toISOString();

/** The month after `month` (YYYY-MM). */
export const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** 00:00 China Standard Time of the next month's first day: the instant the month ends. */
export const monthEnd = (month: string): string => monthStart(nextMonth(month));

/** When the month's check is due under the policy edition. */
export const monthlyCheckDeadline = (month: string, policy: Pick<MonthlyCheckPolicyRef, 'dueDaysAfterMonthEnd'>) =>
  new Date(Date.parse(monthEnd(month)) + policy.dueDaysAfterMonthEnd * DAY_MS).toISOString();

/** The month (China Standard Time) an instant falls in. */
export const monthOf = (at: string): string => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 7);
