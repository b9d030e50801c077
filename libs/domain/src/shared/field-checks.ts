/**
 * Field checks the record slices of issue 14 share (contractors, census, 体检式精查, 一企一档): each takes the
 * slice's own DetailsInvalid class, so a refusal keeps its record's code.
 */
export type DetailsError = new (field: string, problemZh: string, problemEn: string) => Error;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

export const requireText = (E: DetailsError, value: unknown, field: string, max = 2000): string => {
  if (isBlank(value)) throw new E(field, '不能为空', 'must not be blank');
  if ((value as string).length > max) throw new E(field, `不能超过 ${max} 字`, `at most ${max} characters`);
  return (value as string).trim();
};

export const requireOneOf = <T extends string>(
  E: DetailsError,
  value: unknown,
  allowed: readonly T[],
  field: string,
): T => {
  if (!allowed.includes(value as T))
    throw new E(field, `须为 ${allowed.join('/')}`, `must be one of ${allowed.join(', ')}`);
  return value as T;
};

/** A calendar date `YYYY-MM-DD` (China Standard Time is meant: dates of contracts and certificates). */
export const requireDay = (E: DetailsError, value: unknown, field: string): string => {
  if (typeof value !== 'string' || !DAY.test(value) || Number.isNaN(Date.parse(value)))
    throw new E(field, '须为日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD');
  return value;
};

export const requireMonth = (E: DetailsError, value: unknown, field: string): string => {
  if (typeof value !== 'string' || !MONTH.test(value))
    throw new E(field, '须为月份 YYYY-MM', 'must be a month YYYY-MM');
  return value;
};

export const requireNumber = (E: DetailsError, value: unknown, field: string, min: number, max: number): number => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    throw new E(field, `须在 ${min}–${max} 之间`, `must be between ${min} and ${max}`);
  return value;
};

/** The China Standard Time calendar date of an instant: the day a deadline or validity is judged on. */
export const cstDay = (instant: string): string =>
  new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);
export const cstMonth = (instant: string): string => cstDay(instant).slice(0, 7);

/** Months from `from` to `to` inclusive, as `YYYY-MM`. */
export const monthsBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const end = to.slice(0, 7);
  for (let i = 0; i < 1200; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    out.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
};
