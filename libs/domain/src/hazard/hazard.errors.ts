import { DomainError } from '../shared/domain-error';
import { HazardCommandType } from './hazard.commands';
import { HazardStatus } from './hazard.state';

const STATUS_ZH: Record<HazardStatus, string> = {
  not_discovered: '未登记',
  discovered: '已发现',
  major_determined: '已判定为重大隐患',
  plan_submitted: '治理方案待审',
  plan_returned: '治理方案被退回',
  in_remediation: '治理中',
  evaluated: '治理效果已评估',
  sign_off_requested: '已申请销号',
  signed_off: '已销号',
  escalated: '已移交处罚',
  general_determined: '已判定为一般隐患',
  rectified_on_spot: '已立即整改',
  rectification_assigned: '限期整改中',
  rectified: '已整改待验证',
  verified: '整改已验证',
  reinspected: '已复查',
  closed: '已闭环',
  voided: '已作废',
};

export class InvalidHazardTransition extends DomainError {
  override readonly name = 'InvalidHazardTransition';
  readonly code = 'InvalidHazardTransition';
  readonly category = 'conflict';
  constructor(
    readonly status: HazardStatus,
    readonly commandType: HazardCommandType,
  ) {
    super(
      `隐患处于「${STATUS_ZH[status]}」状态，不能执行 ${commandType}`,
      `${commandType} is not allowed while the hazard is ${status}`,
    );
  }
}

export class HazardAlreadyExists extends DomainError {
  override readonly name = 'HazardAlreadyExists';
  readonly code = 'HazardAlreadyExists';
  readonly category = 'conflict';
  constructor(readonly hazardId: string) {
    super(`隐患 ${hazardId} 已登记`, `Hazard ${hazardId} is already recorded`);
  }
}

export class HazardIdMismatch extends DomainError {
  override readonly name = 'HazardIdMismatch';
  readonly code = 'HazardIdMismatch';
  readonly category = 'invalid';
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`指令针对隐患 ${actual}，但记录是隐患 ${expected}`, `The command targets hazard ${actual}, not ${expected}`);
  }
}

export class NotAuthorisedForAction extends DomainError {
  override readonly name = 'NotAuthorisedForAction';
  readonly code = 'NotAuthorisedForAction';
  readonly category = 'forbidden';
  constructor(
    readonly role: string,
    readonly action: string,
  ) {
    super(`角色 ${role} 无权执行：${action}`, `Role ${role} may not ${action}`);
  }
}

export class ReasonRequired extends DomainError {
  override readonly name = 'ReasonRequired';
  readonly code = 'ReasonRequired';
  readonly category = 'invalid';
  constructor(readonly action: string) {
    super(`${action} 必须说明理由`, `${action} requires a reason`);
  }
}

export class FieldRequired extends DomainError {
  override readonly name = 'FieldRequired';
  readonly code = 'FieldRequired';
  readonly category = 'invalid';
  constructor(readonly field: string) {
    super(`缺少必填项：${field}`, `${field} is required`);
  }
}

export class EvidenceRequired extends DomainError {
  override readonly name = 'EvidenceRequired';
  readonly code = 'EvidenceRequired';
  readonly category = 'invalid';
  constructor(readonly action: string) {
    super(`${action} 必须附证据文件`, `${action} requires evidence files`);
  }
}

export class SignatureRequired extends DomainError {
  override readonly name = 'SignatureRequired';
  readonly code = 'SignatureRequired';
  readonly category = 'invalid';
  constructor(readonly action: string) {
    super(
      `${action} 须由操作人本人对所签内容进行电子签名`,
      `${action} needs the actor's own e-signature over that exact content`,
    );
  }
}

export class UnknownClause extends DomainError {
  override readonly name = 'UnknownClause';
  readonly code = 'UnknownClause';
  readonly category = 'invalid';
  constructor(
    readonly clauseId: string,
    readonly catalogueVersion: string,
  ) {
    super(
      `判定标准 ${catalogueVersion} 中没有条款 ${clauseId}`,
      `Clause ${clauseId} is not in catalogue ${catalogueVersion}`,
    );
  }
}

export class JustificationRequired extends DomainError {
  override readonly name = 'JustificationRequired';
  readonly code = 'JustificationRequired';
  readonly category = 'invalid';
  constructor(readonly clauseId: string) {
    super(
      `所述情形符合重大事故隐患判定标准 ${clauseId}，判为一般隐患须说明理由`,
      `The finding matches major-hazard clause ${clauseId}; grading it general needs a justification`,
    );
  }
}

export class NotAuthorisedForGradeChange extends DomainError {
  override readonly name = 'NotAuthorisedForGradeChange';
  readonly code = 'NotAuthorisedForGradeChange';
  readonly category = 'forbidden';
  constructor(readonly role: string) {
    super(
      `重大隐患降级须由上级（督办领导）决定，${role} 无权降级`,
      `Only a higher authority may downgrade a major hazard, not ${role}`,
    );
  }
}

export class GradeUnchanged extends DomainError {
  override readonly name = 'GradeUnchanged';
  readonly code = 'GradeUnchanged';
  readonly category = 'invalid';
  constructor(readonly grade: string) {
    super(`隐患已是${grade === 'major' ? '重大' : '一般'}隐患`, `The hazard is already graded ${grade}`);
  }
}

export class InvalidDeadline extends DomainError {
  override readonly name = 'InvalidDeadline';
  readonly code = 'InvalidDeadline';
  readonly category = 'invalid';
  constructor(
    readonly deadline: string,
    readonly mustBeZh: string,
    readonly mustBeEn: string,
  ) {
    super(`期限 ${deadline} 须${mustBeZh}`, `Deadline ${deadline} must be ${mustBeEn}`);
  }
}

export * from './hazard.major-path.errors';
export * from './hazard.record.errors';
export * from './hazard.integrity.errors';
