import { DomainError } from '../shared/domain-error';
import { DocumentCommandType } from './document.commands';
import { DocumentStatus } from './document.state';

const STATUS_ZH: Record<DocumentStatus, string> = {
  none: '未起草',
  drafted: '草稿',
  reviewed: '已法制审核',
  signed: '已签发',
  served: '已送达',
  revoked: '已撤销',
};

export class InvalidDocumentTransition extends DomainError {
  override readonly name = 'InvalidDocumentTransition';
  readonly code = 'InvalidDocumentTransition';
  readonly category = 'conflict';
  constructor(
    readonly status: DocumentStatus,
    readonly commandType: DocumentCommandType,
  ) {
    super(
      `文书处于"${STATUS_ZH[status]}"状态，不能执行 ${commandType}`,
      `${commandType} is not allowed while the document is ${status}`,
    );
  }
}

export class DocumentNotFound extends DomainError {
  override readonly name = 'DocumentNotFound';
  readonly code = 'DocumentNotFound';
  readonly category = 'not-found';
  constructor(readonly commandType: DocumentCommandType) {
    super(`文书不存在，不能执行 ${commandType}`, `${commandType} needs an existing document`);
  }
}

export class DocumentDetailsInvalid extends DomainError {
  override readonly name = 'DocumentDetailsInvalid';
  readonly code = 'DocumentDetailsInvalid';
  readonly category = 'invalid';
  constructor(
    readonly field: string,
    problemZh: string,
    problemEn: string,
  ) {
    super(`${field}：${problemZh}`, `${field}: ${problemEn}`);
  }
}

/** 法制审核 is needed before signing (this kind, this policy edition) and is missing or stale. */
export class LegalReviewMissing extends DomainError {
  override readonly name = 'LegalReviewMissing';
  readonly code = 'LegalReviewMissing';
  readonly category = 'precondition';
  constructor(readonly version: number) {
    super(
      `第 ${version} 版文书未经法制审核通过，不能签发`,
      `Version ${version} has no approving legal review and cannot be signed`,
    );
  }
}

export class LegalReviewNotRequired extends DomainError {
  override readonly name = 'LegalReviewNotRequired';
  readonly code = 'LegalReviewNotRequired';
  readonly category = 'invalid';
  constructor(readonly kind: string) {
    super(`${kind} 类文书不需要法制审核`, `A ${kind} document needs no legal review`);
  }
}

/** 法制审核 by someone who drafted or inspected, or a signer who neither inspected nor approves as leader. */
export class DocumentDutiesViolated extends DomainError {
  override readonly name = 'DocumentDutiesViolated';
  readonly code = 'DocumentDutiesViolated';
  readonly category = 'forbidden';
  constructor(
    readonly actorId: string,
    conflictZh: string,
    conflictEn: string,
  ) {
    super(`${actorId}：${conflictZh}`, `${actorId}: ${conflictEn}`);
  }
}

export class DocumentSignatureRequired extends DomainError {
  override readonly name = 'DocumentSignatureRequired';
  readonly code = 'DocumentSignatureRequired';
  readonly category = 'invalid';
  constructor() {
    super('签发文书须本人电子签名', 'Signing a document needs the signer’s own electronic signature');
  }
}

export class DocumentUnchanged extends DomainError {
  override readonly name = 'DocumentUnchanged';
  readonly code = 'DocumentUnchanged';
  readonly category = 'invalid';
  constructor() {
    super('修改后的内容与当前版本相同', 'The amendment would not change the document');
  }
}
