import { Decider } from '../shared/decider';
import { ProductionSignalCommand } from './production-signal.commands';
import { decideProductionSignal } from './production-signal.decide';
import { ProductionSignalEvent } from './production-signal.events';
import { ProductionSignal, evolveProductionSignal, initialProductionSignalState } from './production-signal.state';

export const productionSignalDecider: Decider<ProductionSignalCommand, ProductionSignalEvent, ProductionSignal> = {
  decide: decideProductionSignal,
  evolve: evolveProductionSignal,
  initialState: initialProductionSignalState,
};
