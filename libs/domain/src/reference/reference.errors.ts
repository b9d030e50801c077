import { codedError } from '../shared/error-kinds';

export type ReferenceKind = 'catalogue' | 'policy' | 'riskGrading' | 'enforcementPolicy' | 'inspectionFrequency';

export class ReferenceVersionUnknown extends codedError('ReferenceVersionUnknown', 'invalid') {
  constructor(
    readonly kind: ReferenceKind,
    readonly version: string,
  ) {
    super(`未发布的参考数据版本：${kind} ${version}`, `No published ${kind} version "${version}"`);
  }
}

export class ReferenceNotInForce extends codedError('ReferenceNotInForce', 'invalid') {
  constructor(
    readonly kind: ReferenceKind,
    readonly at: string,
  ) {
    super(`${at} 时没有生效的${kind}版本`, `No ${kind} version was in force at ${at}`);
  }
}

export class ReferenceTimeInvalid extends codedError('ReferenceTimeInvalid', 'invalid') {
  constructor(readonly at: string) {
    super(`时间格式无效（须为带时区的 ISO 8601）：${at}`, `Invalid time "${at}": ISO 8601 with a zone offset required`);
  }
}

/** Published data failed its own shape check: a broken edition must never load silently. */
export class ReferenceDataInvalid extends codedError('ReferenceDataInvalid', 'invalid') {
  constructor(
    readonly version: string,
    readonly problem: string,
  ) {
    super(`参考数据 ${version} 无效：${problem}`, `Reference data ${version} is invalid: ${problem}`);
  }
}
