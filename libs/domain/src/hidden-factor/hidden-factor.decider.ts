import { Decider } from '../shared/decider';
import { HiddenFactorCommand } from './hidden-factor.commands';
import { decideHiddenFactor } from './hidden-factor.decide';
import { HiddenFactorEvent } from './hidden-factor.events';
import { HiddenFactor, evolveHiddenFactor, initialHiddenFactorState } from './hidden-factor.state';

export const hiddenFactorDecider: Decider<HiddenFactorCommand, HiddenFactorEvent, HiddenFactor> = {
  decide: decideHiddenFactor,
  evolve: evolveHiddenFactor,
  initialState: initialHiddenFactorState,
};
