import { AccessRule } from '../shared/access';
import { ENTERPRISE_ROLES } from '../shared/actor';
import { EnterpriseFileCommandType } from './enterprise-file.commands';

/** 一企一档 is the mine's own file: enterprise roles of that mine keep it; regulators, auditors, investigators read. */
export const enterpriseFileCommandAccess: Readonly<Record<EnterpriseFileCommandType, AccessRule>> = Object.freeze({
  AppointFilePerson: { roles: ENTERPRISE_ROLES },
  SetSafetyDepartment: { roles: ENTERPRISE_ROLES },
  AddSafetyEngineer: { roles: ENTERPRISE_ROLES },
  RemoveSafetyEngineer: { roles: ENTERPRISE_ROLES },
  RecordOperatorCertificate: { roles: ENTERPRISE_ROLES },
  RevokeOperatorCertificate: { roles: ENTERPRISE_ROLES },
  RecordSafetyFunds: { roles: ENTERPRISE_ROLES },
});
