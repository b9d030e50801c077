import { ForbiddenException } from '@nestjs/common';
import { Actor, ROLES, Role } from '@hazard-ledger/domain';
import { OUT_OF_SCOPE, assertInScope, assertMayWriteDomainEvents, canRead, mayWrite } from './scopes';

/** Every actor is given both a mine and a jurisdiction, so the table shows which of the two each role is bound by. */
const actorOf = (role: Role): Actor => ({
  id: `u-${role}`,
  name: role,
  role,
  org: 'org',
  mineIds: ['mine-a'],
  jurisdictions: ['140404'],
});

const TARGETS = {
  own: { mineId: 'mine-a', jurisdiction: '140404' },
  otherMine: { mineId: 'mine-b', jurisdiction: '140404' },
  otherJurisdiction: { mineId: 'mine-a', jurisdiction: '140402' },
  neither: { mineId: 'mine-b', jurisdiction: '140402' },
};
type Row = [own: boolean, otherMine: boolean, otherJurisdiction: boolean, neither: boolean];

const MINE: Row = [true, false, true, false];
const JURISDICTION: Row = [true, true, false, false];
const ALL: Row = [true, true, true, true];
const NONE: Row = [false, false, false, false];

const table: Record<Role, { write: Row; read: Row }> = {
  enterprise_staff: { write: MINE, read: MINE },
  enterprise_principal: { write: MINE, read: MINE },
  enterprise_safety_director: { write: MINE, read: MINE },
  workers_congress_rep: { write: MINE, read: MINE },
  inspector: { write: JURISDICTION, read: JURISDICTION },
  supervising_leader: { write: JURISDICTION, read: JURISDICTION },
  auditor: { write: NONE, read: ALL },
  investigator: { write: NONE, read: ALL },
  system_admin: { write: NONE, read: NONE },
  security_admin: { write: NONE, read: NONE },
  audit_admin: { write: NONE, read: NONE },
  identity_custodian: { write: NONE, read: NONE },
};

const cases = ROLES.flatMap((role) =>
  (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).map((target, i) => ({
    role,
    target,
    write: table[role].write[i],
    read: table[role].read[i],
  })),
);

describe('scopes', () => {
  it('covers every role', () => expect(Object.keys(table).sort()).toEqual([...ROLES].sort()));

  it.each(cases)('$role on $target: write $write, read $read', ({ role, target, write, read }) => {
    const actor = actorOf(role);
    expect(mayWrite(actor, TARGETS[target])).toBe(write);
    expect(canRead(actor, TARGETS[target])).toBe(read);
    if (write) expect(() => assertInScope(actor, TARGETS[target])).not.toThrow();
    else expect(() => assertInScope(actor, TARGETS[target])).toThrow(new ForbiddenException(OUT_OF_SCOPE));
  });

  it('an actor without mines or jurisdictions is in scope nowhere', () => {
    const bare: Actor = { id: 'u', name: 'u', role: 'enterprise_staff', org: 'o' };
    expect(mayWrite(bare, TARGETS.own)).toBe(false);
    expect(mayWrite({ ...bare, role: 'inspector' }, TARGETS.own)).toBe(false);
  });

  it.each(ROLES.map((role) => ({ role, admin: role.endsWith('_admin') })))(
    '$role writes domain events unless an administrator (admin: $admin)',
    ({ role, admin }) => {
      const attempt = () => assertMayWriteDomainEvents(actorOf(role));
      if (admin) expect(attempt).toThrow(ForbiddenException);
      else expect(attempt).not.toThrow();
    },
  );
});
