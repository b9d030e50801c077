import { codedError, detailsInvalidError, invalidTransitionError, recordMissingError } from '../shared/error-kinds';
import { MonthlyCheckCommandType } from './monthly-check.commands';
import { MonthlyCheckStatus } from './monthly-check.state';

const STATUS_ZH: Record<MonthlyCheckStatus, string> = {
  not_recorded: '未登记',
  open: '已登记（未签字）',
  signed: '主要负责人已签字',
};

export class InvalidMonthlyCheckTransition extends invalidTransitionError<
  MonthlyCheckStatus,
  MonthlyCheckCommandType,
  'InvalidMonthlyCheckTransition'
>('InvalidMonthlyCheckTransition', { zh: '月度重大事故隐患排查', en: 'monthly check' }, STATUS_ZH) {}

export class MonthlyCheckNotRecorded extends recordMissingError<MonthlyCheckCommandType, 'MonthlyCheckNotRecorded'>(
  'MonthlyCheckNotRecorded',
  '该月重大事故隐患排查未登记',
  'a recorded monthly check',
) {}

export class MonthlyCheckDetailsInvalid extends detailsInvalidError('MonthlyCheckDetailsInvalid') {}

/** 主要负责人签字: the result is signed by the mine's principal in person, with their own signature. */
export class NotThePrincipal extends codedError('NotThePrincipal', 'forbidden') {
  constructor(readonly userId: string) {
    super(
      `${userId} 不是本矿主要负责人，排查结果须由主要负责人本人签字`,
      `${userId} is not the mine's principal: the result is signed by the principal in person`,
    );
  }
}

export class HazardNotFromThisCheck extends codedError('HazardNotFromThisCheck', 'invalid') {
  constructor(
    readonly hazardId: string,
    why: { zh: string; en: string },
  ) {
    super(`隐患 ${hazardId} 不能关联到本次排查：${why.zh}`, `Hazard ${hazardId} cannot be linked: ${why.en}`);
  }
}

export class HazardAlreadyLinked extends codedError('HazardAlreadyLinked', 'conflict') {
  constructor(readonly hazardId: string) {
    super(`隐患 ${hazardId} 已关联到本次排查`, `Hazard ${hazardId} is already linked to this check`);
  }
}

/** "none found" with hazards linked, or "hazards found" with none: the signed result must match the record. */
export class ResultDoesNotMatchHazards extends codedError('ResultDoesNotMatchHazards', 'precondition') {
  constructor(linked: number) {
    super(
      `已关联 ${linked} 项隐患，与所签结论不符`,
      `${linked} hazard(s) linked: that does not match the result signed`,
    );
  }
}
