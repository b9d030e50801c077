import { codedError, detailsInvalidError, invalidTransitionError, recordMissingError } from '../shared/error-kinds';
import { TipCommandType } from './tip.commands';
import { TipStatus } from './tip.state';

const STATUS_ZH: Record<TipStatus, string> = {
  not_received: '未登记',
  received: '已登记待受理',
  refused: '不予受理',
  accepted: '已受理待交办',
  assigned: '已交办核查中',
  verified: '已核实待办理',
  handled: '已办理待反馈',
  feedback_sent: '已反馈',
  objected: '异议待复查',
  re_reviewed: '已复查',
};

export class InvalidTipTransition extends invalidTransitionError<TipStatus, TipCommandType, 'InvalidTipTransition'>(
  'InvalidTipTransition',
  { zh: '举报', en: 'tip' },
  STATUS_ZH,
) {}

export class TipNotReceived extends recordMissingError<TipCommandType, 'TipNotReceived'>(
  'TipNotReceived',
  '举报不存在',
  'a received tip',
) {}

export class TipDetailsInvalid extends detailsInvalidError('TipDetailsInvalid') {}

/** 谁交办、谁核查: only the assignee verifies, handles and answers the tip. */
export class NotTipAssignee extends codedError('NotTipAssignee', 'forbidden') {
  constructor(
    readonly userId: string,
    readonly commandType: TipCommandType,
  ) {
    super(
      `${userId} 不是该举报的承办人，不能执行 ${commandType}`,
      `${userId} is not the tip's assignee: may not ${commandType}`,
    );
  }
}

/** 复查 by the next level: a leader who took no part in the tip before. */
/** 异议 → 复查 by the next level up (domain.md §6.1): not the bureau that handled the tip, nor one further away. */
export class ReReviewNotNextLevelUp extends codedError('ReReviewNotNextLevelUp', 'forbidden') {
  constructor(
    readonly userId: string,
    readonly jurisdiction: string,
  ) {
    super(
      `${userId} 不属于辖区 ${jurisdiction} 的上一级机关，不能复查`,
      `${userId} is not of the level above jurisdiction ${jurisdiction} and may not re-review`,
    );
  }
}

export class ReReviewerTookPart extends codedError('ReReviewerTookPart', 'forbidden') {
  constructor(readonly userId: string) {
    super(
      `${userId} 曾参与该举报的办理，不能复查`,
      `${userId} took part in handling this tip and may not re-review it`,
    );
  }
}

/** 应急〔2020〕69号: an employee reporting their own employer must give a real name and contacts. */
export class InternalReporterMustBeNamed extends codedError('InternalReporterMustBeNamed', 'invalid') {
  constructor() {
    super(
      '内部从业人员举报须实名并提供有效联系方式，匿名的不予受理（应急〔2020〕69号）',
      'An employee reporting their own employer must give a real name and contacts; an anonymous one cannot be accepted',
    );
  }
}

export class ObjectionOutOfTime extends codedError('ObjectionOutOfTime', 'invalid') {
  constructor(
    readonly until: string,
    readonly policyVersion: string,
  ) {
    super(`异议期已于 ${until} 届满（${policyVersion}）`, `The objection window closed at ${until} (${policyVersion})`);
  }
}

export class TipNotRewardable extends codedError('TipNotRewardable', 'precondition') {
  constructor(why: { zh: string; en: string }) {
    super(`不符合奖励条件：${why.zh}`, `No reward applies: ${why.en}`);
  }
}

export class TipRewardAlready extends codedError('TipRewardAlready', 'conflict') {
  constructor(what: 'decided' | 'paid') {
    super(what === 'decided' ? '奖励已决定' : '奖励已兑付', `The reward has already been ${what}`);
  }
}

export class TipRewardNotDecided extends codedError('TipRewardNotDecided', 'precondition') {
  constructor() {
    super('尚未决定奖励，不能兑付', 'No reward has been decided: nothing to pay');
  }
}

/** 密码约定 (三专联锁): an anonymous reporter is paid only against their claim code. */
export class ClaimCodeRequired extends codedError('ClaimCodeRequired', 'precondition') {
  constructor() {
    super('匿名举报奖励须核验举报人约定密码', "An anonymous reporter's reward is paid only against their claim code");
  }
}

export class TipIdentityDestroyed extends codedError('TipIdentityDestroyed', 'conflict') {
  constructor() {
    super('举报人身份已销毁，无法查看', "The reporter's identity has been destroyed and can never be revealed");
  }
}

export class NoTipIdentityHeld extends codedError('NoTipIdentityHeld', 'precondition') {
  constructor() {
    super('匿名举报未保存举报人身份', 'An anonymous tip holds no reporter identity');
  }
}

export class TipRetentionNotEnded extends codedError('TipRetentionNotEnded', 'precondition') {
  constructor(
    readonly until: string,
    readonly policyVersion: string,
  ) {
    super(`身份保存期至 ${until} 才届满（${policyVersion}）`, `The identity is kept until ${until} (${policyVersion})`);
  }
}
