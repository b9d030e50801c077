import { DomainError } from '../shared/domain-error';
import { InspectionCommandType } from './inspection.commands';
import { InspectionStatus } from './inspection.state';

const STATUS_ZH: Record<InspectionStatus, string> = {
  not_recorded: '未登记',
  in_progress: '进行中（未全部签名）',
  completed: '已完成（全员签名）',
};

export class InvalidInspectionTransition extends DomainError {
  override readonly name = 'InvalidInspectionTransition';
  readonly code = 'InvalidInspectionTransition';
  readonly category = 'conflict';
  constructor(
    readonly status: InspectionStatus,
    readonly commandType: InspectionCommandType,
  ) {
    super(
      `检查记录处于"${STATUS_ZH[status]}"状态，不能执行 ${commandType}`,
      `${commandType} is not allowed while the inspection is ${status}`,
    );
  }
}

export class InspectionNotRecorded extends DomainError {
  override readonly name = 'InspectionNotRecorded';
  readonly code = 'InspectionNotRecorded';
  readonly category = 'not-found';
  constructor(readonly commandType: InspectionCommandType) {
    super(`检查记录不存在，不能执行 ${commandType}`, `${commandType} needs a recorded inspection`);
  }
}

export class InspectionDetailsInvalid extends DomainError {
  override readonly name = 'InspectionDetailsInvalid';
  readonly code = 'InspectionDetailsInvalid';
  readonly category = 'invalid';
  constructor(
    readonly field: string,
    problemZh: string,
    problemEn: string,
  ) {
    super(`${field}：${problemZh}`, `${field}: ${problemEn}`);
  }
}

/** 谁检查、谁签名、谁负责: only the team acts on its inspection, and each signs only for themself. */
export class NotOnInspectionTeam extends DomainError {
  override readonly name = 'NotOnInspectionTeam';
  readonly code = 'NotOnInspectionTeam';
  readonly category = 'forbidden';
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

export class AlreadySignedInspection extends DomainError {
  override readonly name = 'AlreadySignedInspection';
  readonly code = 'AlreadySignedInspection';
  readonly category = 'conflict';
  constructor(readonly userId: string) {
    super(`${userId} 已签署本次检查结果`, `${userId} has already signed this inspection's result`);
  }
}

export class InspectionResultMissing extends DomainError {
  override readonly name = 'InspectionResultMissing';
  readonly code = 'InspectionResultMissing';
  readonly category = 'precondition';
  constructor() {
    super('尚未记录检查结论，无可签署内容', 'No result has been recorded yet: there is nothing to sign');
  }
}

export class ClauseAlreadyExamined extends DomainError {
  override readonly name = 'ClauseAlreadyExamined';
  readonly code = 'ClauseAlreadyExamined';
  readonly category = 'conflict';
  constructor(readonly clauseId: string) {
    super(`条款 ${clauseId} 已记录检查结果`, `Clause ${clauseId} already has a result in this inspection`);
  }
}

export class LateEntryReasonRequired extends DomainError {
  override readonly name = 'LateEntryReasonRequired';
  readonly code = 'LateEntryReasonRequired';
  readonly category = 'invalid';
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
