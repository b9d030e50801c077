import { codedError, invalidTransitionError, recordMissingError, detailsInvalidError } from '../shared/error-kinds';
import { MineCommandType } from './mine.commands';
import { MineStatus } from './mine.state';

const STATUS_ZH: Record<MineStatus, string> = {
  Unregistered: '未登记',
  Producing: '生产',
  Suspended: '停产整顿',
  Closed: '已关闭',
};

export class InvalidMineTransition extends invalidTransitionError<MineStatus, MineCommandType, 'InvalidMineTransition'>(
  'InvalidMineTransition',
  { zh: '矿山', en: 'mine' },
  STATUS_ZH,
) {}

export class MineAlreadyRegistered extends codedError('MineAlreadyRegistered', 'conflict') {
  constructor(readonly mineId: string) {
    super(`矿山 ${mineId} 已登记`, `Mine ${mineId} is already registered`);
  }
}

export class MineNotRegistered extends recordMissingError<MineCommandType, 'MineNotRegistered'>(
  'MineNotRegistered',
  '矿山未登记',
  'a registered mine',
) {}

/** Grade changes, person changes, suspensions and closures need a reason (修改留痕, domain.md §8.1). */
export class MineReasonRequired extends codedError('MineReasonRequired', 'invalid') {
  constructor(readonly commandType: MineCommandType) {
    super(`${commandType} 必须填写原因`, `${commandType} requires a reason`);
  }
}

/** Status changes are made by a document (order, approval, decision); its number is the audit link. */
export class MineDocumentNumberRequired extends codedError('MineDocumentNumberRequired', 'invalid') {
  constructor(readonly field: 'orderNo' | 'approvalNo' | 'decisionNo') {
    super(`必须填写文书编号（${field}）`, `The document number (${field}) is required`);
  }
}

export class MineDetailsInvalid extends detailsInvalidError('MineDetailsInvalid') {}

/** A change that changes nothing would still read as a decision in 倒查; refuse it instead. */
export class MineUnchanged extends codedError('MineUnchanged', 'invalid') {
  constructor(readonly commandType: MineCommandType) {
    super(`${commandType} 与当前记录相同，无需变更`, `${commandType} would not change the record`);
  }
}
