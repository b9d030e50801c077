import { AccessRule } from '../shared/access';
import { MonthlyCheckCommandType } from './monthly-check.commands';

/**
 * The enterprise's own record (notice 十二): its people record the check and link what it found, on their own mine
 * only; anyone of them may lead it (a check not led by the 主要负责人 is recorded as such), but only the principal
 * signs the result. Regulators, auditors and investigators read it; nobody else writes it.
 */
export const monthlyCheckCommandAccess: Readonly<Record<MonthlyCheckCommandType, AccessRule>> = Object.freeze({
  RecordMonthlyCheck: { roles: ['enterprise_staff', 'enterprise_principal', 'enterprise_safety_director'] },
  LinkMonthlyCheckHazard: { roles: ['enterprise_staff', 'enterprise_principal', 'enterprise_safety_director'] },
  SignMonthlyCheck: { roles: ['enterprise_principal'] },
});
