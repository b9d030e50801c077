import { Role } from './actor';

/**
 * Who may issue a command: roles plus the scope the target must be in. `own_mine`: enterprise-side users act
 * only on their own mines; `jurisdiction`: regulators only within theirs. Used by the API guard and the
 * authorisation-matrix test, so the table is the single source of truth.
 */
export type AccessScope = 'own_mine' | 'jurisdiction';

export interface AccessRule {
  roles: readonly Role[];
  /**
   * `next_level_up`: instead of the usual scope, the actor must act in the jurisdiction one level above the
   * target's (a 复查 after an objection goes to the next level up, domain.md §6.1).
   */
  scope?: 'next_level_up';
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
