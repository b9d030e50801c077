/** What another record needs to know of a contractor (外包单位): which mine it works at. */
export interface ContractorFacts {
  contractorId: string;
  mineId: string;
}

export interface Contractors {
  /** Undefined when no such contractor was registered. Reads the contractor's stream (write side), not a read model. */
  contractorOf(contractorId: string): Promise<ContractorFacts | undefined>;
}

export const CONTRACTORS = Symbol('CONTRACTORS');
