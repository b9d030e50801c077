import { codedError, detailsInvalidError, invalidTransitionError, recordMissingError } from '../shared/error-kinds';
import { HotWorkPermitCommandType } from './hot-work-permit.commands';
import { HotWorkPermitStatus } from './hot-work-permit.state';

const STATUS_ZH: Record<HotWorkPermitStatus, string> = {
  not_requested: '未申请',
  requested: '已申请（待审批）',
  approved: '已审批',
  started: '作业中',
  finished: '已完工',
  cancelled: '已作废',
};

export class InvalidHotWorkPermitTransition extends invalidTransitionError<
  HotWorkPermitStatus,
  HotWorkPermitCommandType,
  'InvalidHotWorkPermitTransition'
>('InvalidHotWorkPermitTransition', { zh: '动火作业票', en: 'hot-work permit' }, STATUS_ZH) {}

export class HotWorkPermitNotRequested extends recordMissingError<
  HotWorkPermitCommandType,
  'HotWorkPermitNotRequested'
>('HotWorkPermitNotRequested', '动火作业票不存在', 'a requested hot-work permit') {}

export class HotWorkPermitDetailsInvalid extends detailsInvalidError('HotWorkPermitDetailsInvalid') {}

/** 审批人不得为申请人: the one who asks for the permit never approves it. */
export class ApproverIsRequester extends codedError('ApproverIsRequester', 'forbidden') {
  constructor(readonly userId: string) {
    super(`${userId} 是本动火作业票的申请人，不能自行审批`, `${userId} requested this permit and may not approve it`);
  }
}

export class ApprovalSignatureMismatch extends codedError('ApprovalSignatureMismatch', 'forbidden') {
  constructor(readonly userId: string) {
    super(
      `审批签名须为审批人本人的签名（${userId}）`,
      `The approval must carry the approver’s own signature (${userId})`,
    );
  }
}

/** The permit covers its window only: no approval after it has ended, no work outside it. */
export class OutsidePermitWindow extends codedError('OutsidePermitWindow', 'conflict') {
  constructor(
    readonly commandType: HotWorkPermitCommandType,
    window: { windowStart: string; windowEnd: string },
    now: string,
  ) {
    super(
      `动火作业票有效时间为 ${window.windowStart} 至 ${window.windowEnd}，${now} 不能执行 ${commandType}`,
      `The permit is valid from ${window.windowStart} to ${window.windowEnd}: ${commandType} at ${now} is refused`,
    );
  }
}

/** The contractor named on a permit must be registered at the permit's mine (as a hazard's contractor is). */
export class PermitContractorNotOfMine extends codedError('PermitContractorNotOfMine', 'invalid') {
  constructor(
    readonly contractorId: string,
    readonly mineId: string,
  ) {
    super(
      `外包单位 ${contractorId} 不存在或不属于矿山 ${mineId}`,
      `Contractor ${contractorId} does not exist or is not of mine ${mineId}`,
    );
  }
}
