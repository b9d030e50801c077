import { Command } from '../shared/command';

type On<Data = unknown> = { contractorId: string } & Data;

/** 外包单位资质: certificate, level and how long it is valid. */
export interface ContractorQualification {
  certificateNo: string;
  level: string;
  /** Last day valid (YYYY-MM-DD). */
  validUntil: string;
}

export type RegisterContractor = Command<
  'RegisterContractor',
  On<{
    mineId: string;
    name: string;
    qualification: ContractorQualification;
    /** Contract period, first and last day (YYYY-MM-DD). */
    contractFrom: string;
    contractTo: string;
    workScope: string[];
    /** Set when the data shows the team works under another contractor: 转包/再分包, refused (62号令). */
    subcontractorOf?: string | null;
    policyVersion: string;
  }>
>;

/** 月度绩效考核: one assessment per contractor and month. */
export type RecordContractorAssessment = Command<
  'RecordContractorAssessment',
  On<{ month: string; score: number; findings: string }>
>;

export type EndContractorContract = Command<'EndContractorContract', On<{ endedOn: string; reason: string }>>;

export type ContractorCommand = RegisterContractor | RecordContractorAssessment | EndContractorContract;
export type ContractorCommandType = ContractorCommand['type'];
