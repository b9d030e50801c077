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

/** The cited 行政处罚决定书 has no legal effect: unsigned, amended since signing, or revoked. */
export class PenaltyDocumentNotInForce extends DomainError {
  override readonly name = 'PenaltyDocumentNotInForce';
  readonly code = 'PenaltyDocumentNotInForce';
  readonly category = 'precondition';
  constructor(readonly documentId: string) {
    super(
      `行政处罚决定书 ${documentId} 未生效（未签发、签发后修改或已撤销）`,
      `Penalty decision ${documentId} is not in force (unsigned, amended since signing, or revoked)`,
    );
  }
}

export class PenaltySignatureRequired extends DomainError {
  override readonly name = 'PenaltySignatureRequired';
  readonly code = 'PenaltySignatureRequired';
  readonly category = 'invalid';
  constructor() {
    super('作出处罚决定须本人电子签名', 'Deciding a penalty needs the decider’s own electronic signature');
  }
}
