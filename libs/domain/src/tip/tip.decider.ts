import { Decider } from '../shared/decider';
import { TipCommand } from './tip.commands';
import { decideTip } from './tip.decide';
import { TipEvent } from './tip.events';
import { Tip, evolveTip, initialTipState } from './tip.state';

export const tipDecider: Decider<TipCommand, TipEvent, Tip> = {
  decide: decideTip,
  evolve: evolveTip,
  initialState: initialTipState,
};
