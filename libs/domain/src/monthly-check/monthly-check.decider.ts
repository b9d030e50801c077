import { Decider } from '../shared/decider';
import { MonthlyCheckCommand } from './monthly-check.commands';
import { decideMonthlyCheck } from './monthly-check.decide';
import { MonthlyCheckEvent } from './monthly-check.events';
import { MonthlyCheck, evolveMonthlyCheck, initialMonthlyCheckState } from './monthly-check.state';

export const monthlyCheckDecider: Decider<MonthlyCheckCommand, MonthlyCheckEvent, MonthlyCheck> = {
  decide: decideMonthlyCheck,
  evolve: evolveMonthlyCheck,
  initialState: initialMonthlyCheckState,
};
