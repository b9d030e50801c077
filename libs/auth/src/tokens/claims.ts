import { Actor, ROLES, Role } from '@hazard-ledger/domain';
import { JWTPayload } from 'jose';
import { OidcClaimNames } from '../auth-config';

/** Claim names of tokens this service issues itself (local mode). */
export const LOCAL_CLAIMS: OidcClaimNames = {
  role: 'role',
  mineIds: 'mine_ids',
  jurisdictions: 'jurisdictions',
  name: 'name',
  org: 'org',
  certificateNo: 'cert',
};

export type ClaimsResult = { actor: Actor } | { rejected: 'invalid' | 'unknown_role' };

/** IdPs differ: some send a list, some a space- or comma-separated string. */
const list = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string')
    ? v
    : typeof v === 'string'
      ? v.split(/[\s,]+/).filter(Boolean)
      : undefined;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export const actorFromClaims = (payload: JWTPayload, names: OidcClaimNames): ClaimsResult => {
  const id = str(payload.sub);
  if (!id) return { rejected: 'invalid' };
  const role = payload[names.role];
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return { rejected: 'unknown_role' };
  const certificateNo = str(payload[names.certificateNo]);
  return {
    actor: {
      id,
      name: str(payload[names.name]) ?? str(payload.preferred_username) ?? id,
      role: role as Role,
      org: str(payload[names.org]) ?? '',
      ...(certificateNo ? { certificateNo } : {}),
      mineIds: list(payload[names.mineIds]) ?? [],
      jurisdictions: list(payload[names.jurisdictions]) ?? [],
    },
  };
};

export const claimsOf = (actor: Actor): JWTPayload => ({
  [LOCAL_CLAIMS.role]: actor.role,
  [LOCAL_CLAIMS.name]: actor.name,
  [LOCAL_CLAIMS.org]: actor.org,
  [LOCAL_CLAIMS.mineIds]: actor.mineIds ?? [],
  [LOCAL_CLAIMS.jurisdictions]: actor.jurisdictions ?? [],
  ...(actor.certificateNo ? { [LOCAL_CLAIMS.certificateNo]: actor.certificateNo } : {}),
});
