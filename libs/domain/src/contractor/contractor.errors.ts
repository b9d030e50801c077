import { codedError, detailsInvalidError, invalidTransitionError, recordMissingError } from '../shared/error-kinds';
import { ContractorCommandType } from './contractor.commands';
import { ContractorStatus } from './contractor.state';

const STATUS_ZH: Record<ContractorStatus, string> = {
  not_registered: '未登记',
  active: '合同期内',
  ended: '合同已终止',
};

export class InvalidContractorTransition extends invalidTransitionError<
  ContractorStatus,
  ContractorCommandType,
  'InvalidContractorTransition'
>('InvalidContractorTransition', { zh: '外包单位', en: 'contractor' }, STATUS_ZH) {}

export class ContractorNotRegistered extends recordMissingError<ContractorCommandType, 'ContractorNotRegistered'>(
  'ContractorNotRegistered',
  '外包单位未登记',
  'a registered contractor',
) {}

export class ContractorDetailsInvalid extends detailsInvalidError('ContractorDetailsInvalid') {}

/** 《非煤矿山外包工程安全管理暂行办法》(62号令): no 转包, no 再分包. */
export class ResubcontractingForbidden extends codedError('ResubcontractingForbidden', 'invalid') {
  constructor(readonly parentContractorId: string) {
    super(
      `外包单位不得转包或再分包（承包方 ${parentContractorId} 之下的分包队伍不能登记）`,
      `No re-subcontracting (62号令): a team working under contractor ${parentContractorId} cannot be registered`,
    );
  }
}

export class QualificationExpired extends codedError('QualificationExpired', 'invalid') {
  constructor(readonly validUntil: string) {
    super(
      `资质证书有效期至 ${validUntil}，合同开始时已过期`,
      `The qualification expired (${validUntil}) before the contract starts`,
    );
  }
}

export class ContractorMonthAlreadyAssessed extends codedError('ContractorMonthAlreadyAssessed', 'conflict') {
  constructor(readonly month: string) {
    super(`${month} 已完成绩效考核`, `${month} has already been assessed`);
  }
}
