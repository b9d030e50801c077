import { AccessRule } from '../shared/access';
import { LookbackCaseCommandType } from './lookback-case.commands';

/**
 * 执法责任倒查 cases are the investigators' (事故调查组/纪检); auditors read them. Nobody whose conduct a case may
 * examine (inspectors, leaders, enterprise staff) may open, run in or freeze one.
 */
export const lookbackCaseCommandAccess: Readonly<Record<LookbackCaseCommandType, AccessRule>> = Object.freeze({
  OpenLookbackCase: { roles: ['investigator'] },
  RecordLookbackCaseQuery: { roles: ['investigator'] },
  FreezeLookbackCaseAnswer: { roles: ['investigator'] },
  CloseLookbackCase: { roles: ['investigator'] },
});
