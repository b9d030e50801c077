import { MonthlyCheckEvent } from './monthly-check.events';
import { MonthlyCheckResult } from './monthly-check.values';

export interface MonthlyCheckRecord {
  checkId: string;
  mineId: string;
  month: string;
  hazardIds: readonly string[];
}

export type MonthlyCheck =
  | { status: 'not_recorded' }
  | ({ status: 'open' } & MonthlyCheckRecord)
  | ({ status: 'signed'; result: MonthlyCheckResult } & MonthlyCheckRecord);

export type MonthlyCheckStatus = MonthlyCheck['status'];

export const initialMonthlyCheckState = (): MonthlyCheck => ({ status: 'not_recorded' });

// Never throws: an event that does not fit the current state leaves it unchanged, so old streams always replay.
export const evolveMonthlyCheck = (state: MonthlyCheck, event: MonthlyCheckEvent): MonthlyCheck => {
  switch (event.type) {
    case 'MonthlyCheckRecorded': {
      if (state.status !== 'not_recorded') return state;
      const { checkId, mineId, month } = event.data;
      return { status: 'open', checkId, mineId, month, hazardIds: [] };
    }
    case 'MonthlyCheckHazardLinked':
      return state.status === 'open' ? { ...state, hazardIds: [...state.hazardIds, event.data.hazardId] } : state;
    case 'MonthlyCheckSigned':
      return state.status === 'open' ? { ...state, status: 'signed', result: event.data.result } : state;
    default:
      return state;
  }
};
