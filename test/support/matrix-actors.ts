import { DEMO_PASSWORD, UserStore } from '@hazard-ledger/auth';
import { ROLES, Role } from '@hazard-ledger/domain';
import { ApiApp } from './api-app';

/**
 * For every role, the demo user acting inside their scope ("own" mine or jurisdiction) and the target that is
 * outside it ("other"). Mines: mine-demo-1 and mine-demo-2, both in 140404.
 */
export interface Cell {
  role: Role;
  scope: 'own' | 'other';
  username: string;
  /** Which demo mine the target belongs to, and which jurisdiction a created mine is registered in. */
  mineId: 'mine-demo-1' | 'mine-demo-2';
  jurisdiction: '140404' | '140402';
}

const OWN_AND_OTHER: Record<Role, [own: string, other: string, otherIsMine: boolean]> = {
  enterprise_staff: ['enterprise.staff', 'enterprise.staff', true],
  enterprise_principal: ['enterprise.principal', 'enterprise.principal', true],
  enterprise_safety_director: ['enterprise.safety', 'enterprise.safety', true],
  workers_congress_rep: ['congress.rep', 'congress.rep', true],
  inspector: ['inspector.zhang', 'inspector.other', false],
  supervising_leader: ['leader.wang', 'leader.other', false],
  auditor: ['auditor', 'auditor', true],
  investigator: ['investigator', 'investigator', true],
  system_admin: ['sysadmin', 'sysadmin', true],
  security_admin: ['secadmin', 'secadmin', true],
  audit_admin: ['auditadmin', 'auditadmin', true],
  identity_custodian: ['custodian.chen', 'custodian.chen', true],
};

export const matrixCells = (): Cell[] =>
  ROLES.flatMap((role) => {
    const [own, other, otherIsMine] = OWN_AND_OTHER[role];
    return [
      { role, scope: 'own' as const, username: own, mineId: 'mine-demo-1' as const, jurisdiction: '140404' as const },
      otherIsMine
        ? {
            role,
            scope: 'other' as const,
            username: other,
            mineId: 'mine-demo-2' as const,
            jurisdiction: '140402' as const,
          }
        : // another district's regulator acting on this district's mine, or registering one here
          {
            role,
            scope: 'other' as const,
            username: other,
            mineId: 'mine-demo-1' as const,
            jurisdiction: '140404' as const,
          },
    ];
  });

/** The only extra user: a supervising leader of another district, so the leader row has an "other" cell too. */
export const addOtherDistrictLeader = async (api: ApiApp): Promise<void> => {
  await api.app.get(UserStore).createIfAbsent({
    id: 'u-leader-other',
    username: 'leader.other',
    displayName: '赵局长',
    role: 'supervising_leader',
    org: '示范外区应急管理局（演示）',
    jurisdictions: ['140402'],
    password: DEMO_PASSWORD,
  });
};
