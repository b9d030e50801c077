import { Decider } from '../shared/decider';
import { HotWorkPermitCommand } from './hot-work-permit.commands';
import { decideHotWorkPermit } from './hot-work-permit.decide';
import { HotWorkPermitEvent } from './hot-work-permit.events';
import { HotWorkPermit, evolveHotWorkPermit, initialHotWorkPermitState } from './hot-work-permit.state';

export const hotWorkPermitDecider: Decider<HotWorkPermitCommand, HotWorkPermitEvent, HotWorkPermit> = {
  decide: decideHotWorkPermit,
  evolve: evolveHotWorkPermit,
  initialState: initialHotWorkPermitState,
};
