import { MigrationInterface, QueryRunner } from 'typeorm';

/** The role list is frozen here on purpose: a new role needs a new migration, not a silent change of this one. */
const ROLES_AT_CREATION = [
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
];

export class CreateUsers1764400002000 implements MigrationInterface {
  name = 'CreateUsers1764400002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_users (
        id             text PRIMARY KEY,
        username       text NOT NULL,
        display_name   text NOT NULL,
        role           text NOT NULL,
        org            text NOT NULL,
        certificate_no text,
        mine_ids       text[] NOT NULL DEFAULT '{}',
        jurisdictions  text[] NOT NULL DEFAULT '{}',
        password_hash  text NOT NULL,
        disabled       boolean NOT NULL DEFAULT false,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_users_username_key UNIQUE (username),
        CONSTRAINT app_users_username_lower CHECK (username = lower(username)),
        CONSTRAINT app_users_role_known CHECK (role IN (${ROLES_AT_CREATION.map((r) => `'${r}'`).join(', ')})),
        CONSTRAINT app_users_password_argon2id CHECK (password_hash LIKE '$argon2id$%')
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE app_users`);
  }
}
