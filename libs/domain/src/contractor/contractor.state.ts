import { ContractorEvent } from './contractor.events';

export interface ContractorRecord {
  contractorId: string;
  mineId: string;
  contractFrom: string;
  contractTo: string;
  /** Months already assessed (YYYY-MM). */
  assessedMonths: readonly string[];
}

export type Contractor =
  | { status: 'not_registered' }
  | ({ status: 'active' } & ContractorRecord)
  | ({ status: 'ended'; endedOn: string } & ContractorRecord);

export type ContractorStatus = Contractor['status'];

export const initialContractorState = (): Contractor => ({ status: 'not_registered' });

// Never throws: an event that does not fit leaves the state unchanged, so old streams always replay.
export const evolveContractor = (state: Contractor, event: ContractorEvent): Contractor => {
  switch (event.type) {
    case 'ContractorRegistered': {
      if (state.status !== 'not_registered') return state;
      const { contractorId, mineId, contractFrom, contractTo } = event.data;
      return { status: 'active', contractorId, mineId, contractFrom, contractTo, assessedMonths: [] };
    }
    case 'ContractorAssessed':
      if (state.status === 'not_registered') return state;
      return { ...state, assessedMonths: [...state.assessedMonths, event.data.month] };
    case 'ContractorContractEnded':
      if (state.status !== 'active') return state;
      return { ...state, status: 'ended', endedOn: event.data.endedOn };
    default:
      return state;
  }
};
