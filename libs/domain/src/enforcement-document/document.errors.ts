import {
  codedError,
  invalidTransitionError,
  recordMissingError,
  labelledProblemError,
  detailsInvalidError,
} from '../shared/error-kinds';
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

export class InvalidDocumentTransition extends invalidTransitionError<
  DocumentStatus,
  DocumentCommandType,
  'InvalidDocumentTransition'
>('InvalidDocumentTransition', { zh: '文书', en: 'document' }, STATUS_ZH) {}

export class DocumentNotFound extends recordMissingError<DocumentCommandType, 'DocumentNotFound'>(
  'DocumentNotFound',
  '文书不存在',
  'an existing document',
) {}

export class DocumentDetailsInvalid extends detailsInvalidError('DocumentDetailsInvalid') {}

/** 法制审核 is needed before signing (this kind, this policy edition) and is missing or stale. */
export class LegalReviewMissing extends codedError('LegalReviewMissing', 'precondition') {
  constructor(readonly version: number) {
    super(
      `第 ${version} 版文书未经法制审核通过，不能签发`,
      `Version ${version} has no approving legal review and cannot be signed`,
    );
  }
}

export class LegalReviewNotRequired extends codedError('LegalReviewNotRequired', 'invalid') {
  constructor(readonly kind: string) {
    super(`${kind} 类文书不需要法制审核`, `A ${kind} document needs no legal review`);
  }
}

/** 法制审核 by someone who drafted or inspected, or a signer who neither inspected nor approves as leader. */
export class DocumentDutiesViolated extends labelledProblemError('DocumentDutiesViolated', 'forbidden') {
  constructor(
    readonly actorId: string,
    conflictZh: string,
    conflictEn: string,
  ) {
    super(actorId, conflictZh, conflictEn);
  }
}

export class DocumentSignatureRequired extends codedError('DocumentSignatureRequired', 'invalid') {
  constructor() {
    super('签发文书须本人电子签名', 'Signing a document needs the signer’s own electronic signature');
  }
}

export class DocumentUnchanged extends codedError('DocumentUnchanged', 'invalid') {
  constructor() {
    super('修改后的内容与当前版本相同', 'The amendment would not change the document');
  }
}
