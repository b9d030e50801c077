import { AccessRule } from '../shared/access';
import { ENTERPRISE_ROLES } from '../shared/actor';
import { EnterpriseFileCommandType } from './enterprise-file.commands';

/**
 * 一企一档 is the mine's own file: enterprise roles of that mine keep it; regulators, auditors, investigators read.
 * Who holds the posts (法定代表人、主要负责人、安全/技术负责人) is the principal's alone to record: the file's principal
 * is who answers for the mine (and is who a monthly check's leader is judged against), so staff may not change it
 * (docs/adr/20261207-file-posts-by-principal.md).
 */
export const enterpriseFileCommandAccess: Readonly<Record<EnterpriseFileCommandType, AccessRule>> = Object.freeze({
  AppointFilePerson: { roles: ['enterprise_principal'] },
  SetSafetyDepartment: { roles: ENTERPRISE_ROLES },
  AddSafetyEngineer: { roles: ENTERPRISE_ROLES },
  RemoveSafetyEngineer: { roles: ENTERPRISE_ROLES },
  RecordOperatorCertificate: { roles: ENTERPRISE_ROLES },
  RevokeOperatorCertificate: { roles: ENTERPRISE_ROLES },
  RecordSafetyFunds: { roles: ENTERPRISE_ROLES },
});
