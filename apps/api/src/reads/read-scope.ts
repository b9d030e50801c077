import { ForbiddenException } from '@nestjs/common';
import { ADMIN_ROLES, Actor, scopeOf } from '@hazard-ledger/domain';
import { ReadScope } from '@hazard-ledger/read-models';

/** The rows a list may show this actor: the same rule as single reads (auditors and investigators see all). */
export const readScopeOf = (actor: Actor): ReadScope => {
  if (actor.role === 'auditor' || actor.role === 'investigator') return { kind: 'all' };
  if (ADMIN_ROLES.includes(actor.role))
    throw new ForbiddenException('管理员不查看业务记录 / Administrators read no domain records');
  return scopeOf(actor.role) === 'jurisdiction'
    ? { kind: 'jurisdictions', codes: actor.jurisdictions ?? [] }
    : { kind: 'mines', mineIds: actor.mineIds ?? [] };
};
