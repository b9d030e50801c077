import { codedError, invalidTransitionError, recordMissingError, detailsInvalidError } from '../shared/error-kinds';
import { InspectionCommandType } from './inspection.commands';
import { InspectionStatus } from './inspection.state';

const STATUS_ZH: Record<InspectionStatus, string> = {
  not_recorded: '未登记',
  in_progress: '进行中（未全部签名）',
  completed: '已完成（全员签名）',
};

export class InvalidInspectionTransition extends invalidTransitionError<
  InspectionStatus,
  InspectionCommandType,
  'InvalidInspectionTransition'
>('InvalidInspectionTransition', { zh: '检查记录', en: 'inspection' }, STATUS_ZH) {}

export class InspectionNotRecorded extends recordMissingError<InspectionCommandType, 'InspectionNotRecorded'>(
  'InspectionNotRecorded',
  '检查记录不存在',
  'a recorded inspection',
) {}

export class InspectionDetailsInvalid extends detailsInvalidError('InspectionDetailsInvalid') {}

/** 谁检查、谁签名、谁负责: only the team acts on its inspection, and each signs only for themself. */
export class NotOnInspectionTeam extends codedError('NotOnInspectionTeam', 'forbidden') {
  constructor(
    readonly userId: string,
    readonly commandType: InspectionCommandType,
  ) {
    super(
      `${userId} 不是本次检查组成员，不能执行 ${commandType}`,
      `${userId} is not on the team and may not ${commandType}`,
    );
  }
}

export class AlreadySignedInspection extends codedError('AlreadySignedInspection', 'conflict') {
  constructor(readonly userId: string) {
    super(`${userId} 已签署本次检查结果`, `${userId} has already signed this inspection's result`);
  }
}

export class InspectionResultMissing extends codedError('InspectionResultMissing', 'precondition') {
  constructor() {
    super('尚未记录检查结论，无可签署内容', 'No result has been recorded yet: there is nothing to sign');
  }
}

export class ClauseAlreadyExamined extends codedError('ClauseAlreadyExamined', 'conflict') {
  constructor(readonly clauseId: string) {
    super(`条款 ${clauseId} 已记录检查结果`, `Clause ${clauseId} already has a result in this inspection`);
  }
}

export class LateEntryReasonRequired extends codedError('LateEntryReasonRequired', 'invalid') {
  constructor(
    readonly hours: number,
    readonly policyVersion: string,
  ) {
    super(
      `检查发生超过 ${hours} 小时后补录，须说明补录原因（${policyVersion}）`,
      `Entered more than ${hours} h after the inspection: a reason for lateness is required (${policyVersion})`,
    );
  }
}
