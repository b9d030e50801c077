import { Fact } from './facts';

const DAY_MS = 86_400_000;

/** Tips (TipReceived) about `mineId` recorded before `at` and at most `days` days before it: "after a complaint". */
export const tipsBefore = (tips: Fact[], mineId: string | null, at: string, days: number): Fact[] => {
  const t = Date.parse(at);
  return tips.filter(
    (tip) =>
      tip.type === 'TipReceived' &&
      mineId !== null &&
      tip.mineId === mineId &&
      Date.parse(tip.recordedAt) < t &&
      t - Date.parse(tip.recordedAt) <= days * DAY_MS,
  );
};
