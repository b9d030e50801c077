import { ProductionSignalEvent } from './production-signal.events';

export type ProductionSignal =
  | { status: 'not_recorded' }
  | { status: 'recorded'; signalId: string; mineId: string; producing: boolean; observedAt: string };

export type ProductionSignalStatus = ProductionSignal['status'];

export const initialProductionSignalState = (): ProductionSignal => ({ status: 'not_recorded' });

// Never throws: a second recording (impossible through decide) leaves the first one standing.
export const evolveProductionSignal = (state: ProductionSignal, event: ProductionSignalEvent): ProductionSignal => {
  if (event.type !== 'ProductionSignalRecorded' || state.status !== 'not_recorded') return state;
  const { signalId, mineId, producing, observedAt } = event.data;
  return { status: 'recorded', signalId, mineId, producing, observedAt };
};
