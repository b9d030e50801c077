import { Decider } from '../shared/decider';
import { LookbackCaseCommand } from './lookback-case.commands';
import { decideLookbackCase } from './lookback-case.decide';
import { LookbackCaseEvent } from './lookback-case.events';
import { LookbackCase, evolveLookbackCase, initialLookbackCase } from './lookback-case.state';

export const lookbackCaseDecider: Decider<LookbackCaseCommand, LookbackCaseEvent, LookbackCase> = {
  decide: decideLookbackCase,
  evolve: evolveLookbackCase,
  initialState: initialLookbackCase,
};
