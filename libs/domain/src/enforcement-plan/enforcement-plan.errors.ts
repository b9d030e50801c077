import { codedError, invalidTransitionError, detailsInvalidError } from '../shared/error-kinds';
import { EnforcementPlanCommandType } from './enforcement-plan.commands';
import { EnforcementPlanStatus } from './enforcement-plan.state';

const STATUS_ZH: Record<EnforcementPlanStatus, string> = {
  NotDrafted: '未编制',
  Draft: '草案',
  Approved: '已批准/备案',
};

export class InvalidPlanTransition extends invalidTransitionError<
  EnforcementPlanStatus,
  EnforcementPlanCommandType,
  'InvalidPlanTransition'
>('InvalidPlanTransition', { zh: '执法计划', en: 'plan' }, STATUS_ZH) {}

export class PlanNotDrafted extends codedError('PlanNotDrafted', 'not-found') {
  constructor(readonly planId: string) {
    super(`执法计划 ${planId} 不存在`, `Enforcement plan ${planId} does not exist`);
  }
}

export class PlanDetailsInvalid extends detailsInvalidError('PlanDetailsInvalid') {}

/** 矿安〔2025〕14号: at most N on-site inspections of one mine per year (N from the policy in force). */
export class PlanExceedsInspectionCap extends codedError('PlanExceedsInspectionCap', 'invalid') {
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
export class PlanApproverIsDrafter extends codedError('PlanApproverIsDrafter', 'forbidden') {
  constructor(readonly actorId: string) {
    super('编制人不得审批本人编制的执法计划', 'The drafter of a plan may not approve it');
  }
}
