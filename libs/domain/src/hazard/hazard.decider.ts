import { Decider } from '../shared/decider';
import { HazardCommand } from './hazard.commands';
import { decide } from './hazard.decide';
import { HazardEvent } from './hazard.events';
import { evolve } from './hazard.evolve';
import { Hazard, initialState } from './hazard.state';

export const hazardDecider: Decider<HazardCommand, HazardEvent, Hazard> = { decide, evolve, initialState };
