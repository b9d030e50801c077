import { DomainError } from '../shared/domain-error';
import { SignatureRef } from './hazard.values';

/** Closing a major hazard without 销号 needs a legal ground on record (issue 13 item 7). */
export class ClosureGroundRequired extends DomainError {
  override readonly name = 'ClosureGroundRequired';
  readonly code = 'ClosureGroundRequired';
  readonly category = 'invalid';
  constructor() {
    super(
      '未经销号闭环重大隐患须载明法定依据（矿山依令关闭、并入其他隐患、经两名领导批准作废）',
      'Closing a major hazard without sign-off needs a legal ground (mine closed by order, merged, voided by two leaders)',
    );
  }
}

export class ClosureGroundNotMet extends DomainError {
  override readonly name = 'ClosureGroundNotMet';
  readonly code = 'ClosureGroundNotMet';
  readonly category = 'precondition';
  constructor(
    readonly ground: string,
    readonly whyZh: string,
    readonly whyEn: string,
  ) {
    super(`闭环依据 ${ground} 不成立：${whyZh}`, `The closure ground ${ground} does not hold: ${whyEn}`);
  }
}

export class SupervisionListingRequired extends DomainError {
  override readonly name = 'SupervisionListingRequired';
  readonly code = 'SupervisionListingRequired';
  readonly category = 'precondition';
  constructor(readonly policyVersion: string) {
    super(
      `按 ${policyVersion}，重大隐患须先挂牌督办方可销号`,
      `Under ${policyVersion} a major hazard must be listed for supervision (挂牌) before it is signed off`,
    );
  }
}

export class DowngradeAuthorityRequired extends DomainError {
  override readonly name = 'DowngradeAuthorityRequired';
  readonly code = 'DowngradeAuthorityRequired';
  readonly category = 'forbidden';
  constructor(readonly actorId: string) {
    super(
      `${actorId} 是该重大隐患的判定人，降级须由另一名更高权限的领导决定`,
      `${actorId} determined this major hazard; a downgrade needs another, higher authority`,
    );
  }
}

export class SignedStepRevoked extends DomainError {
  override readonly name = 'SignedStepRevoked';
  readonly code = 'SignedStepRevoked';
  readonly category = 'precondition';
  constructor(readonly steps: readonly SignatureRef[]) {
    const list = steps.map((s) => `${s.eventType}(${s.signerId})`).join(', ');
    super(
      `签名已被撤销的步骤须先重新办理：${list}`,
      `A step whose signature was revoked must be redone first: ${list}`,
    );
  }
}
