import {
  ContractorCommandType,
  EnterpriseFileCommandType,
  ExamCampaignCommandType,
  HiddenFactorCommandType,
  contractorCommandAccess,
  enterpriseFileCommandAccess,
  examCampaignCommandAccess,
  hiddenFactorCommandAccess,
} from '@hazard-ledger/domain';

type DutyCommandType =
  | ContractorCommandType
  | HiddenFactorCommandType
  | ExamCampaignCommandType
  | EnterpriseFileCommandType;

const rolesOf = (roles: readonly string[]) => `角色 / roles: ${roles.join(', ')}`;

/** The OpenAPI description of a duty command: who may send it, and on which mines (from the access table). */
export const dutyAccessNote = (type: DutyCommandType): string => {
  if (type in contractorCommandAccess)
    return `${rolesOf(contractorCommandAccess.RegisterContractor.roles)}（本矿 / own mine only）.`;
  if (type in hiddenFactorCommandAccess)
    return `${rolesOf(hiddenFactorCommandAccess[type as HiddenFactorCommandType].roles)}（本矿 / own mine only）.`;
  if (type in examCampaignCommandAccess) {
    const where = type === 'RecordExamRectification' ? '本矿 / own mine' : '本辖区 / in the mine’s jurisdiction';
    return `${rolesOf(examCampaignCommandAccess[type as ExamCampaignCommandType].roles)}（${where}）.`;
  }
  return `${rolesOf(enterpriseFileCommandAccess.AppointFilePerson.roles)}（本矿 / own mine only）. 每次变更记录人和时间 / every change keeps who and when.`;
};
