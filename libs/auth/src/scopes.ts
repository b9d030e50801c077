import { ForbiddenException } from '@nestjs/common';
import { ADMIN_ROLES, Actor, scopeOf } from '@hazard-ledger/domain';

export interface ScopeTarget {
  mineId: string;
  jurisdiction: string;
}

export const OUT_OF_SCOPE = '无权操作该矿山或辖区 / Not allowed for this mine or jurisdiction';

/** Auditors and investigators see everything (倒查 needs the whole record) but change nothing. */
const READ_ALL_ROLES: readonly string[] = ['auditor', 'investigator'];

const inOwnScope = (actor: Actor, target: ScopeTarget): boolean => {
  switch (scopeOf(actor.role)) {
    case 'own_mine':
      return (actor.mineIds ?? []).includes(target.mineId);
    case 'jurisdiction':
      return (actor.jurisdictions ?? []).includes(target.jurisdiction);
    default:
      return false;
  }
};

/** Writes: enterprise side on its own mines, regulators in their jurisdiction, nobody else. */
export const mayWrite = (actor: Actor, target: ScopeTarget): boolean => inOwnScope(actor, target);

/** Administrators (三员分立) manage the platform, not its records, so they read no domain data either. */
export const canRead = (actor: Actor, target: ScopeTarget): boolean =>
  READ_ALL_ROLES.includes(actor.role) || (!ADMIN_ROLES.includes(actor.role) && inOwnScope(actor, target));

export const assertInScope = (actor: Actor, target: ScopeTarget): void => {
  if (!mayWrite(actor, target)) throw new ForbiddenException(OUT_OF_SCOPE);
};

export const assertCanRead = (actor: Actor, target: ScopeTarget): void => {
  if (!canRead(actor, target)) throw new ForbiddenException(OUT_OF_SCOPE);
};

/** 等保 三员分立: the system, security and audit administrators are authenticated but never author domain events. */
export const assertMayWriteDomainEvents = (actor: Actor): void => {
  if (ADMIN_ROLES.includes(actor.role))
    throw new ForbiddenException('系统、安全、审计管理员不得写入业务记录 / Administrators write no domain events');
};
