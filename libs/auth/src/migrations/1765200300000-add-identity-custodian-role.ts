import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES_BEFORE = [
  'enterprise_staff',
  'enterprise_principal',
  'workers_congress_rep',
  'inspector',
  'supervising_leader',
  'auditor',
  'investigator',
  'system_admin',
  'security_admin',
  'audit_admin',
  'enterprise_safety_director',
];

/** 举报人身份保管员 becomes a role of its own (ADR 20261207-tip-identity-vault); the list is frozen here as well. */
const ROLES_AFTER = [...ROLES_BEFORE, 'identity_custodian'];

const roleCheck = (roles: string[]) =>
  `ALTER TABLE app_users DROP CONSTRAINT app_users_role_known,
   ADD CONSTRAINT app_users_role_known CHECK (role IN (${roles.map((r) => `'${r}'`).join(', ')}))`;

export class AddIdentityCustodianRole1765200300000 implements MigrationInterface {
  name = 'AddIdentityCustodianRole1765200300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(roleCheck(ROLES_AFTER));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(roleCheck(ROLES_BEFORE));
  }
}
