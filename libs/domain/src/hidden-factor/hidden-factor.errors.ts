import { codedError, detailsInvalidError, invalidTransitionError, recordMissingError } from '../shared/error-kinds';
import { HiddenFactorCommandType } from './hidden-factor.commands';
import { TreatmentStatus } from './hidden-factor.state';

const STATUS_ZH: Record<TreatmentStatus, string> = {
  untreated: '未治理',
  in_treatment: '治理中',
  treated: '已治理（待验收）',
  verified: '已验收',
};

export class InvalidHiddenFactorTransition extends invalidTransitionError<
  TreatmentStatus,
  HiddenFactorCommandType,
  'InvalidHiddenFactorTransition'
>('InvalidHiddenFactorTransition', { zh: '隐蔽致灾因素', en: 'hidden factor' }, STATUS_ZH) {}

export class HiddenFactorNotRecorded extends recordMissingError<HiddenFactorCommandType, 'HiddenFactorNotRecorded'>(
  'HiddenFactorNotRecorded',
  '隐蔽致灾因素未登记',
  'a recorded hidden factor',
) {}

export class HiddenFactorDetailsInvalid extends detailsInvalidError('HiddenFactorDetailsInvalid') {}

export class HiddenFactorAlreadyRecorded extends codedError('HiddenFactorAlreadyRecorded', 'conflict') {
  constructor(readonly factorId: string) {
    super(`隐蔽致灾因素 ${factorId} 已登记`, `Hidden factor ${factorId} is already recorded`);
  }
}

/** 相互验证 needs another method than the ones already used. */
export class SameMethodNoCrossValidation extends codedError('SameMethodNoCrossValidation', 'invalid') {
  constructor(readonly method: string) {
    super(
      `已用 ${method} 探查，相互验证须采用其他方法`,
      `${method} was already used: cross-validation needs another method`,
    );
  }
}

/** 钻探、物探、化探等方法相互验证 … 查清 … 后方可进行采掘作业 (notice (十四)). */
export class CrossValidationRequired extends codedError('CrossValidationRequired', 'precondition') {
  constructor() {
    super(
      '尚未经第二种方法相互验证，不能验收治理',
      'Not cross-validated by a second method: the treatment cannot be verified',
    );
  }
}

/** Separation of duties: whoever recorded the treatment does not accept it (domain.md §8.1, §8.3 VERIFIED). */
export class VerifierTreatedIt extends codedError('VerifierTreatedIt', 'forbidden') {
  constructor(readonly userId: string) {
    super(
      `${userId} 登记过该因素的治理，不能验收其治理`,
      `${userId} recorded this factor's treatment and may not verify it`,
    );
  }
}
