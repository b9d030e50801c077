import { AccessRule } from '../shared/access';
import { ENTERPRISE_ROLES } from '../shared/actor';
import { HiddenFactorCommandType } from './hidden-factor.commands';

/**
 * The census is the mine's duty (非煤矿山企业必须…查清隐蔽致灾因素, notice (十四)): enterprise roles of that mine
 * record it; the mine's acceptance of a treatment is for its principal or safety director. Regulators read.
 */
export const hiddenFactorCommandAccess: Readonly<Record<HiddenFactorCommandType, AccessRule>> = Object.freeze({
  RecordHiddenFactor: { roles: ENTERPRISE_ROLES },
  CrossValidateHiddenFactor: { roles: ENTERPRISE_ROLES },
  RecordHiddenFactorTreatment: { roles: ENTERPRISE_ROLES },
  VerifyHiddenFactorTreatment: { roles: ['enterprise_principal', 'enterprise_safety_director'] },
});
