import { DiscoveryMethod } from './hidden-factor.commands';
import { HiddenFactorEvent } from './hidden-factor.events';

export type TreatmentStatus = 'untreated' | 'in_treatment' | 'treated' | 'verified';

export type HiddenFactor =
  | { status: 'not_recorded' }
  | {
      status: 'recorded';
      factorId: string;
      mineId: string;
      /** Every method that found or checked it, the first one first. */
      methods: readonly DiscoveryMethod[];
      /** A different method confirmed it (相互验证). */
      crossValidated: boolean;
      treatment: TreatmentStatus;
      /** Who recorded a treatment stage: the acceptance must come from someone else (separation of duties). */
      treatedBy: readonly string[];
    };

export const initialHiddenFactorState = (): HiddenFactor => ({ status: 'not_recorded' });

// Never throws: an event that does not fit leaves the state unchanged, so old streams always replay.
export const evolveHiddenFactor = (state: HiddenFactor, event: HiddenFactorEvent): HiddenFactor => {
  if (event.type === 'HiddenFactorRecorded') {
    if (state.status !== 'not_recorded') return state;
    const { factorId, mineId, method } = event.data;
    return {
      status: 'recorded',
      factorId,
      mineId,
      methods: [method],
      crossValidated: false,
      treatment: 'untreated',
      treatedBy: [],
    };
  }
  if (state.status === 'not_recorded') return state;
  switch (event.type) {
    case 'HiddenFactorCrossValidated':
      return {
        ...state,
        methods: [...state.methods, event.data.method],
        crossValidated: state.crossValidated || event.data.confirmed,
      };
    case 'HiddenFactorTreatmentRecorded':
      return {
        ...state,
        treatment: event.data.stage,
        // Older states (snapshots) may lack the list; an event always brings it back.
        treatedBy: [...new Set([...(state.treatedBy ?? []), event.data.by])],
      };
    case 'HiddenFactorTreatmentVerified':
      return { ...state, treatment: 'verified' };
    default:
      return state;
  }
};
