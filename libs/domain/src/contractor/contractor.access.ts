import { AccessRule } from '../shared/access';
import { ENTERPRISE_ROLES } from '../shared/actor';
import { ContractorCommandType } from './contractor.commands';

/**
 * The 发包单位 (the mine) keeps its contractors' file and assesses them monthly (62号令; 矿安〔2021〕55号): enterprise
 * roles of that mine only. Regulators, auditors and investigators read it.
 */
export const contractorCommandAccess: Readonly<Record<ContractorCommandType, AccessRule>> = Object.freeze({
  RegisterContractor: { roles: ENTERPRISE_ROLES },
  RecordContractorAssessment: { roles: ENTERPRISE_ROLES },
  EndContractorContract: { roles: ENTERPRISE_ROLES },
});
