import { codedError, detailsInvalidError } from '../shared/error-kinds';

export class EnterpriseFileDetailsInvalid extends detailsInvalidError('EnterpriseFileDetailsInvalid') {}

export class EngineerAlreadyOnFile extends codedError('EngineerAlreadyOnFile', 'conflict') {
  constructor(readonly registrationNo: string) {
    super(`注册安全工程师 ${registrationNo} 已在档`, `Registered safety engineer ${registrationNo} is already on file`);
  }
}

export class EngineerNotOnFile extends codedError('EngineerNotOnFile', 'not-found') {
  constructor(readonly registrationNo: string) {
    super(`注册安全工程师 ${registrationNo} 不在档`, `Registered safety engineer ${registrationNo} is not on file`);
  }
}

export class CertificateNotOnFile extends codedError('CertificateNotOnFile', 'not-found') {
  constructor(readonly certificateNo: string) {
    super(`特种作业操作证 ${certificateNo} 不在档`, `Operator certificate ${certificateNo} is not on file`);
  }
}

/** A revoked certificate stays revoked; a renewal must extend the validity. */
export class CertificateChangeRefused extends codedError('CertificateChangeRefused', 'conflict') {
  constructor(
    readonly certificateNo: string,
    zh: string,
    en: string,
  ) {
    super(`特种作业操作证 ${certificateNo}：${zh}`, `Operator certificate ${certificateNo}: ${en}`);
  }
}
