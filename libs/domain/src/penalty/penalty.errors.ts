import { codedError, recordMissingError, labelledProblemError, detailsInvalidError } from '../shared/error-kinds';
import { PenaltyCommandType } from './penalty.commands';

export class PenaltyAlreadyDecided extends codedError('PenaltyAlreadyDecided', 'conflict') {
  constructor(readonly penaltyId: string) {
    super(`处罚 ${penaltyId} 已作出决定`, `Penalty ${penaltyId} is already decided`);
  }
}

export class PenaltyNotFound extends recordMissingError<PenaltyCommandType, 'PenaltyNotFound'>(
  'PenaltyNotFound',
  '处罚决定不存在',
  'a decided penalty',
) {}

export class PenaltyDetailsInvalid extends detailsInvalidError('PenaltyDetailsInvalid') {}

/** A payment beyond what is owed, or enforcement for a target already paid or already referred. */
export class PenaltyTargetSettled extends labelledProblemError('PenaltyTargetSettled', 'conflict') {
  constructor(
    readonly targetId: string,
    problemZh: string,
    problemEn: string,
  ) {
    super(targetId, problemZh, problemEn);
  }
}

/** The cited 行政处罚决定书 has no legal effect: unsigned, amended since signing, or revoked. */
export class PenaltyDocumentNotInForce extends codedError('PenaltyDocumentNotInForce', 'precondition') {
  constructor(readonly documentId: string) {
    super(
      `行政处罚决定书 ${documentId} 未生效（未签发、签发后修改或已撤销）`,
      `Penalty decision ${documentId} is not in force (unsigned, amended since signing, or revoked)`,
    );
  }
}

export class PenaltySignatureRequired extends codedError('PenaltySignatureRequired', 'invalid') {
  constructor() {
    super('作出处罚决定须本人电子签名', 'Deciding a penalty needs the decider’s own electronic signature');
  }
}
