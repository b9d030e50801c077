import { DomainError } from '../shared/domain-error';
import { PenaltyCommandType } from './penalty.commands';

export class PenaltyAlreadyDecided extends DomainError {
  override readonly name = 'PenaltyAlreadyDecided';
  readonly code = 'PenaltyAlreadyDecided';
  readonly category = 'conflict';
  constructor(readonly penaltyId: string) {
    super(`处罚 ${penaltyId} 已作出决定`, `Penalty ${penaltyId} is already decided`);
  }
}

export class PenaltyNotFound extends DomainError {
  override readonly name = 'PenaltyNotFound';
  readonly code = 'PenaltyNotFound';
  readonly category = 'not-found';
  constructor(readonly commandType: PenaltyCommandType) {
    super(`处罚决定不存在，不能执行 ${commandType}`, `${commandType} needs a decided penalty`);
  }
}

export class PenaltyDetailsInvalid extends DomainError {
  override readonly name = 'PenaltyDetailsInvalid';
  readonly code = 'PenaltyDetailsInvalid';
  readonly category = 'invalid';
  constructor(
    readonly field: string,
    problemZh: string,
    problemEn: string,
  ) {
    super(`${field}：${problemZh}`, `${field}: ${problemEn}`);
  }
}

/** A payment beyond what is owed, or enforcement for a target already paid or already referred. */
export class PenaltyTargetSettled extends DomainError {
  override readonly name = 'PenaltyTargetSettled';
  readonly code = 'PenaltyTargetSettled';
  readonly category = 'conflict';
  constructor(
    readonly targetId: string,
    problemZh: string,
    problemEn: string,
  ) {
    super(`${targetId}：${problemZh}`, `${targetId}: ${problemEn}`);
  }
}
