import { DomainError } from '../shared/domain-error';
import { MineCommandType } from './mine.commands';
import { MineStatus } from './mine.state';

const STATUS_ZH: Record<MineStatus, string> = {
  Unregistered: '未登记',
  Producing: '生产',
  Suspended: '停产整顿',
  Closed: '已关闭',
};

export class InvalidMineTransition extends DomainError {
  override readonly name = 'InvalidMineTransition';
  readonly code = 'InvalidMineTransition';
  readonly category = 'conflict';
  constructor(
    readonly status: MineStatus,
    readonly commandType: MineCommandType,
  ) {
    super(
      `矿山处于"${STATUS_ZH[status]}"状态，不能执行 ${commandType}`,
      `${commandType} is not allowed while the mine is ${status}`,
    );
  }
}

export class MineAlreadyRegistered extends DomainError {
  override readonly name = 'MineAlreadyRegistered';
  readonly code = 'MineAlreadyRegistered';
  readonly category = 'conflict';
  constructor(readonly mineId: string) {
    super(`矿山 ${mineId} 已登记`, `Mine ${mineId} is already registered`);
  }
}

export class MineNotRegistered extends DomainError {
  override readonly name = 'MineNotRegistered';
  readonly code = 'MineNotRegistered';
  readonly category = 'not-found';
  constructor(readonly commandType: MineCommandType) {
    super(`矿山未登记，不能执行 ${commandType}`, `${commandType} needs a registered mine`);
  }
}

/** Grade changes, person changes, suspensions and closures need a reason (修改留痕, domain.md §8.1). */
export class MineReasonRequired extends DomainError {
  override readonly name = 'MineReasonRequired';
  readonly code = 'MineReasonRequired';
  readonly category = 'invalid';
  constructor(readonly commandType: MineCommandType) {
    super(`${commandType} 必须填写原因`, `${commandType} requires a reason`);
  }
}

/** Status changes are made by a document (order, approval, decision); its number is the audit link. */
export class MineDocumentNumberRequired extends DomainError {
  override readonly name = 'MineDocumentNumberRequired';
  readonly code = 'MineDocumentNumberRequired';
  readonly category = 'invalid';
  constructor(readonly field: 'orderNo' | 'approvalNo' | 'decisionNo') {
    super(`必须填写文书编号（${field}）`, `The document number (${field}) is required`);
  }
}

export class MineDetailsInvalid extends DomainError {
  override readonly name = 'MineDetailsInvalid';
  readonly code = 'MineDetailsInvalid';
  readonly category = 'invalid';
  constructor(
    readonly field: string,
    problemZh: string,
    problemEn: string,
  ) {
    super(`${field}：${problemZh}`, `${field}: ${problemEn}`);
  }
}

/** A change that changes nothing would still read as a decision in 倒查; refuse it instead. */
export class MineUnchanged extends DomainError {
  override readonly name = 'MineUnchanged';
  readonly code = 'MineUnchanged';
  readonly category = 'invalid';
  constructor(readonly commandType: MineCommandType) {
    super(`${commandType} 与当前记录相同，无需变更`, `${commandType} would not change the record`);
  }
}
