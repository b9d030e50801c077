import { Decider } from '../shared/decider';
import { ContractorCommand } from './contractor.commands';
import { decideContractor } from './contractor.decide';
import { ContractorEvent } from './contractor.events';
import { Contractor, evolveContractor, initialContractorState } from './contractor.state';

export const contractorDecider: Decider<ContractorCommand, ContractorEvent, Contractor> = {
  decide: decideContractor,
  evolve: evolveContractor,
  initialState: initialContractorState,
};
