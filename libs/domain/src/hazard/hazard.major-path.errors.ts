import { DomainError } from '../shared/domain-error';
import { PlanItem, Recipient } from './hazard.values';

const RECIPIENT_ZH: Record<Recipient, string> = { regulator: '监管部门', workers_congress: '职代会' };

export class ReportContentIncomplete extends DomainError {
  override readonly name = 'ReportContentIncomplete';
  readonly code = 'ReportContentIncomplete';
  readonly category = 'invalid';
  constructor(readonly missing: string[]) {
    super(
      `重大隐患报告缺少：${missing.join('、')}（16号令第14条）`,
      `The major-hazard report lacks: ${missing.join(', ')}`,
    );
  }
}

export class ReportHashMismatch extends DomainError {
  override readonly name = 'ReportHashMismatch';
  readonly code = 'ReportHashMismatch';
  readonly category = 'invalid';
  constructor(
    readonly recipient: Recipient,
    readonly expected: string | undefined,
    readonly actual: string,
  ) {
    super(
      `回执不对应报送${RECIPIENT_ZH[recipient]}的最新报告版本`,
      `The receipt (${actual}) is not bound to the latest report to the ${recipient} (${expected ?? 'none'})`,
    );
  }
}

export class ReportAlreadyAcknowledged extends DomainError {
  override readonly name = 'ReportAlreadyAcknowledged';
  readonly code = 'ReportAlreadyAcknowledged';
  readonly category = 'precondition';
  constructor(
    readonly recipient: Recipient,
    readonly reportVersion: number,
  ) {
    super(
      `${RECIPIENT_ZH[recipient]}已签收第 ${reportVersion} 版报告`,
      `The ${recipient} already acknowledged version ${reportVersion}`,
    );
  }
}

export class DualReportIncomplete extends DomainError {
  override readonly name = 'DualReportIncomplete';
  readonly code = 'DualReportIncomplete';
  readonly category = 'precondition';
  constructor(readonly missing: Recipient[]) {
    super(
      `“双报告”未完成，缺少${missing.map((r) => RECIPIENT_ZH[r]).join('、')}对最新报告的签收`,
      `The dual report lacks an acknowledged latest report to: ${missing.join(', ')}`,
    );
  }
}

export class SupervisionAlreadyListed extends DomainError {
  override readonly name = 'SupervisionAlreadyListed';
  readonly code = 'SupervisionAlreadyListed';
  readonly category = 'precondition';
  constructor() {
    super('该隐患已挂牌督办', 'The hazard is already listed for supervision');
  }
}

export class PlanIncomplete extends DomainError {
  override readonly name = 'PlanIncomplete';
  readonly code = 'PlanIncomplete';
  readonly category = 'invalid';
  constructor(readonly missing: PlanItem[]) {
    super(
      `治理方案未做到“五落实”，缺少：${missing.map((m) => PLAN_ITEM_ZH[m]).join('、')}`,
      `The remediation plan lacks: ${missing.join(', ')}`,
    );
  }
}

const PLAN_ITEM_ZH: Record<PlanItem, string> = {
  responsibility: '责任',
  measures: '措施',
  funds: '资金',
  deadline: '时限',
  contingencyPlan: '预案',
};

export class ExtensionAlreadyPending extends DomainError {
  override readonly name = 'ExtensionAlreadyPending';
  readonly code = 'ExtensionAlreadyPending';
  readonly category = 'precondition';
  constructor() {
    super('已有延期申请待审批', 'An extension request is already pending');
  }
}

export class NoPendingExtension extends DomainError {
  override readonly name = 'NoPendingExtension';
  readonly code = 'NoPendingExtension';
  readonly category = 'precondition';
  constructor() {
    super('没有待审批的延期申请', 'There is no pending extension request');
  }
}

export class EvaluationNotPassed extends DomainError {
  override readonly name = 'EvaluationNotPassed';
  readonly code = 'EvaluationNotPassed';
  readonly category = 'precondition';
  constructor() {
    super('治理效果评估未通过，不能申请或批准销号', 'The remediation has no passed evaluation');
  }
}

export class SeparationOfDutiesViolated extends DomainError {
  override readonly name = 'SeparationOfDutiesViolated';
  readonly code = 'SeparationOfDutiesViolated';
  readonly category = 'forbidden';
  constructor(
    readonly actorId: string,
    readonly conflictZh: string,
    readonly conflictEn: string,
  ) {
    super(`${actorId} ${conflictZh}，不得签署`, `${actorId} ${conflictEn} and may not sign`);
  }
}

export class DuplicateReviewer extends DomainError {
  override readonly name = 'DuplicateReviewer';
  readonly code = 'DuplicateReviewer';
  readonly category = 'invalid';
  constructor(readonly reviewerId: string) {
    super(`${reviewerId} 已签署本次现场审查`, `${reviewerId} already signed this site review`);
  }
}

export class NotEnoughReviewers extends DomainError {
  override readonly name = 'NotEnoughReviewers';
  readonly code = 'NotEnoughReviewers';
  readonly category = 'precondition';
  constructor(
    readonly have: number,
    readonly need: number,
  ) {
    super(
      `现场审查须至少 ${need} 名监管人员签署，现有 ${have} 名`,
      `The site review needs ${need} reviewers, it has ${have}`,
    );
  }
}

export class SiteReviewFailed extends DomainError {
  override readonly name = 'SiteReviewFailed';
  readonly code = 'SiteReviewFailed';
  readonly category = 'precondition';
  constructor(readonly reviewerIds: string[]) {
    super(
      `现场审查未通过（${reviewerIds.join('、')}），不能销号`,
      `The site review failed (${reviewerIds.join(', ')})`,
    );
  }
}
