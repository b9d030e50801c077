import { DomainError } from '../shared/domain-error';

export class AmendmentUnchanged extends DomainError {
  override readonly name = 'AmendmentUnchanged';
  readonly code = 'AmendmentUnchanged';
  readonly category = 'invalid';
  constructor(readonly field: string) {
    super(`修改后的${field}与原值相同`, `The amended ${field} equals the current one`);
  }
}

export class OccurredInFuture extends DomainError {
  override readonly name = 'OccurredInFuture';
  readonly code = 'OccurredInFuture';
  readonly category = 'invalid';
  constructor(
    readonly occurredAt: string,
    readonly now: string,
  ) {
    super(`发现时间 ${occurredAt} 晚于服务器时间 ${now}`, `Discovery time ${occurredAt} is after server time ${now}`);
  }
}

export class EarlierHazardNotClosed extends DomainError {
  override readonly name = 'EarlierHazardNotClosed';
  readonly code = 'EarlierHazardNotClosed';
  readonly category = 'conflict';
  constructor(
    readonly earlierHazardId: string,
    readonly status: string,
  ) {
    super(
      `原隐患 ${earlierHazardId} 尚未销号闭环（${status}），不能登记为复发`,
      `Earlier hazard ${earlierHazardId} is ${status}, not closed`,
    );
  }
}

export class NotAuthorisedToVoid extends DomainError {
  override readonly name = 'NotAuthorisedToVoid';
  readonly code = 'NotAuthorisedToVoid';
  readonly category = 'forbidden';
  constructor(readonly actorId: string) {
    super(
      `作废须由登记人以外的上级作出，${actorId} 是登记人`,
      `A hazard is voided by a higher level than its finder; ${actorId} found it`,
    );
  }
}

export class UnknownSignature extends DomainError {
  override readonly name = 'UnknownSignature';
  readonly code = 'UnknownSignature';
  readonly category = 'invalid';
  constructor(
    readonly eventType: string,
    readonly signerId: string,
  ) {
    super(`没有 ${signerId} 在 ${eventType} 上的有效签名`, `No valid signature by ${signerId} on ${eventType}`);
  }
}

export class SuspensionAlreadyInForce extends DomainError {
  override readonly name = 'SuspensionAlreadyInForce';
  readonly code = 'SuspensionAlreadyInForce';
  readonly category = 'precondition';
  constructor(readonly orderNo: string) {
    super(`停产指令 ${orderNo} 仍在执行`, `Suspension order ${orderNo} is already in force`);
  }
}

export class SuspensionNotInForce extends DomainError {
  override readonly name = 'SuspensionNotInForce';
  readonly code = 'SuspensionNotInForce';
  readonly category = 'precondition';
  constructor(readonly orderNo: string) {
    super(`停产指令 ${orderNo} 未在执行`, `Suspension order ${orderNo} is not in force`);
  }
}

export class SuspensionStillInForce extends DomainError {
  override readonly name = 'SuspensionStillInForce';
  readonly code = 'SuspensionStillInForce';
  readonly category = 'precondition';
  constructor(readonly orderNo: string) {
    super(`停产指令 ${orderNo} 尚未解除，不能闭环或作废`, `Suspension order ${orderNo} must be lifted first`);
  }
}

export class ReinspectionRequired extends DomainError {
  override readonly name = 'ReinspectionRequired';
  readonly code = 'ReinspectionRequired';
  readonly category = 'precondition';
  constructor() {
    super(
      '监管部门责令整改的隐患须经复查后方可闭环',
      'A regulator-ordered rectification needs a passed re-inspection before closing',
    );
  }
}

export class VoidRequestRequired extends DomainError {
  override readonly name = 'VoidRequestRequired';
  readonly code = 'VoidRequestRequired';
  readonly category = 'precondition';
  constructor() {
    super(
      '没有待批准的重大隐患作废申请（先由一名领导 POST /hazards/{id}/void）',
      'There is no pending void of a major hazard to approve (a leader first POSTs /hazards/{id}/void)',
    );
  }
}

export class InspectionFindingViaInspection extends DomainError {
  override readonly name = 'InspectionFindingViaInspection';
  readonly code = 'InspectionFindingViaInspection';
  readonly category = 'precondition';
  constructor() {
    super(
      '检查发现的隐患只能通过 POST /inspections/{id}/findings 登记（核对检查组并双向关联）',
      'A hazard found by inspection is recorded only through POST /inspections/{id}/findings (team and links checked)',
    );
  }
}
