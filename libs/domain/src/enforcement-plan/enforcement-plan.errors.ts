import { DomainError } from '../shared/domain-error';
import { EnforcementPlanCommandType } from './enforcement-plan.commands';
import { EnforcementPlanStatus } from './enforcement-plan.state';

const STATUS_ZH: Record<EnforcementPlanStatus, string> = {
  NotDrafted: '未编制',
  Draft: '草案',
  Approved: '已批准/备案',
};

export class InvalidPlanTransition extends DomainError {
  override readonly name = 'InvalidPlanTransition';
  readonly code = 'InvalidPlanTransition';
  readonly category = 'conflict';
  constructor(
    readonly status: EnforcementPlanStatus,
    readonly commandType: EnforcementPlanCommandType,
  ) {
    super(
      `执法计划处于"${STATUS_ZH[status]}"状态，不能执行 ${commandType}`,
      `${commandType} is not allowed while the plan is ${status}`,
    );
  }
}

export class PlanNotDrafted extends DomainError {
  override readonly name = 'PlanNotDrafted';
  readonly code = 'PlanNotDrafted';
  readonly category = 'not-found';
  constructor(readonly planId: string) {
    super(`执法计划 ${planId} 不存在`, `Enforcement plan ${planId} does not exist`);
  }
}

export class PlanDetailsInvalid extends DomainError {
  override readonly name = 'PlanDetailsInvalid';
  readonly code = 'PlanDetailsInvalid';
  readonly category = 'invalid';
  constructor(
    readonly field: string,
    problemZh: string,
    problemEn: string,
  ) {
    super(`${field}：${problemZh}`, `${field}: ${problemEn}`);
  }
}

/** 矿安〔2025〕14号: at most N on-site inspections of one mine per year (N from the policy in force). */
export class PlanExceedsInspectionCap extends DomainError {
  override readonly name = 'PlanExceedsInspectionCap';
  readonly code = 'PlanExceedsInspectionCap';
  readonly category = 'invalid';
  constructor(
    readonly where: string,
    readonly planned: number,
    readonly cap: number,
    readonly policyVersion: string,
  ) {
    super(
      `${where} 计划现场检查 ${planned} 次，超过每矿每年 ${cap} 次的上限（${policyVersion}）`,
      `${where} plans ${planned} on-site inspections, above the cap of ${cap} per mine per year (${policyVersion})`,
    );
  }
}

/** Whoever drafted the plan does not approve it (审批 is a second person's act). */
export class PlanApproverIsDrafter extends DomainError {
  override readonly name = 'PlanApproverIsDrafter';
  readonly code = 'PlanApproverIsDrafter';
  readonly category = 'forbidden';
  constructor(readonly actorId: string) {
    super('编制人不得审批本人编制的执法计划', 'The drafter of a plan may not approve it');
  }
}
