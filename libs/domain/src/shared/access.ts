import { Role } from './actor';

/**
 * Who may issue a command: roles plus the scope the target must be in. `own_mine`: enterprise-side users act
 * only on their own mines; `jurisdiction`: regulators only within theirs. Used by the API guard and the
 * authorisation-matrix test, so the table is the single source of truth.
 */
export type AccessScope = 'own_mine' | 'jurisdiction';

export interface AccessRule {
  roles: readonly Role[];
}

export const scopeOf = (role: Role): AccessScope | 'none' =>
  role === 'enterprise_staff' ||
  role === 'enterprise_principal' ||
  role === 'enterprise_safety_director' ||
  role === 'workers_congress_rep'
    ? 'own_mine'
    : role === 'inspector' || role === 'supervising_leader'
      ? 'jurisdiction'
      : 'none';
