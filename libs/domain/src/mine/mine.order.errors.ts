import { codedError } from '../shared/error-kinds';

/** The order or approval cited does not exist in the documents record. */
export class MineDocumentUnknown extends codedError('MineDocumentUnknown', 'invalid') {
  constructor(readonly documentId: string) {
    super(`执法文书 ${documentId} 不存在`, `Enforcement document ${documentId} does not exist`);
  }
}

/** A document of another kind or of another mine cannot order or lift this mine's suspension. */
export class MineDocumentNotApplicable extends codedError('MineDocumentNotApplicable', 'invalid') {
  constructor(
    readonly documentId: string,
    problemZh: string,
    problemEn: string,
  ) {
    super(`执法文书 ${documentId} ${problemZh}`, `Enforcement document ${documentId} ${problemEn}`);
  }
}

/** A draft or revoked document has no legal effect: it binds nobody. */
export class MineDocumentNotInForce extends codedError('MineDocumentNotInForce', 'precondition') {
  constructor(readonly documentId: string) {
    super(
      `执法文书 ${documentId} 未签发或已撤销，不具法律效力`,
      `Enforcement document ${documentId} is not signed or was revoked: it has no legal effect`,
    );
  }
}

/** 复产 cites a closed 销号 of every hazard the order named; these are still open. */
export class HazardsNotSignedOff extends codedError('HazardsNotSignedOff', 'precondition') {
  constructor(
    readonly orderNo: string,
    readonly hazardIds: readonly string[],
  ) {
    super(
      `停产整顿指令 ${orderNo} 所列隐患尚未销号，不能批准复产：${hazardIds.join('、')}`,
      `Resumption refused: hazards named by order ${orderNo} are not signed off yet: ${hazardIds.join(', ')}`,
    );
  }
}

/** Orders and approvals are signed by whoever issues them (re-entered password), never on someone's behalf. */
export class MineSignatureRequired extends codedError('MineSignatureRequired', 'invalid') {
  constructor(readonly commandType: string) {
    super(`${commandType} 须由本人电子签名`, `${commandType} must carry the actor's own e-signature`);
  }
}
