import { Decider } from '../shared/decider';
import { PenaltyCommand } from './penalty.commands';
import { decidePenalty } from './penalty.decide';
import { PenaltyEvent } from './penalty.events';
import { Penalty, evolvePenalty, initialPenaltyState } from './penalty.state';

export const penaltyDecider: Decider<PenaltyCommand, PenaltyEvent, Penalty> = {
  decide: decidePenalty,
  evolve: evolvePenalty,
  initialState: initialPenaltyState,
};
