import { codedError, detailsInvalidError, invalidTransitionError, recordMissingError } from '../shared/error-kinds';
import { LookbackCaseCommandType } from './lookback-case.commands';
import { LookbackCaseStatus } from './lookback-case.state';

const STATUS_ZH: Record<LookbackCaseStatus, string> = { none: '未立案', open: '办理中', closed: '已结案' };

export class LookbackCaseNotFound extends recordMissingError<LookbackCaseCommandType, 'LookbackCaseNotFound'>(
  'LookbackCaseNotFound',
  '倒查案件不存在',
  'an open look-back case',
) {}

export class LookbackCaseAlreadyOpened extends codedError('LookbackCaseAlreadyOpened', 'conflict') {
  constructor(readonly caseId: string) {
    super(`倒查案件 ${caseId} 已立案`, `Look-back case ${caseId} is already open`);
  }
}

export class LookbackCaseInvalidTransition extends invalidTransitionError<
  LookbackCaseStatus,
  LookbackCaseCommandType,
  'LookbackCaseInvalidTransition'
>('LookbackCaseInvalidTransition', { zh: '倒查案件', en: 'look-back case' }, STATUS_ZH) {}

export class LookbackCaseDetailsInvalid extends detailsInvalidError('LookbackCaseDetailsInvalid') {}
