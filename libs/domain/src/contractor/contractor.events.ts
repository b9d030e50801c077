import { DomainEvent } from '../shared/command';
import { ContractorQualification } from './contractor.commands';

type On<Data> = { contractorId: string } & Data;

export type ContractorRegistered = DomainEvent<
  'ContractorRegistered',
  On<{
    mineId: string;
    name: string;
    qualification: ContractorQualification;
    contractFrom: string;
    contractTo: string;
    workScope: string[];
    registeredBy: string;
    registeredAt: string;
    policyVersion: string;
  }>
>;

export type ContractorAssessed = DomainEvent<
  'ContractorAssessed',
  On<{ month: string; score: number; findings: string; assessedBy: string; assessedAt: string }>
>;

export type ContractorContractEnded = DomainEvent<
  'ContractorContractEnded',
  On<{ endedOn: string; reason: string; endedBy: string; recordedAt: string }>
>;

export type ContractorEvent = ContractorRegistered | ContractorAssessed | ContractorContractEnded;
export type ContractorEventType = ContractorEvent['type'];
