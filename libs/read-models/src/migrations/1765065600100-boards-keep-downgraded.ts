import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['dual_report_board', 'dual_report_board_valid', 'supervision_board', 'supervision_board_valid'];
const LEDGER = ['hazard_ledger', 'hazard_ledger_valid'];

/**
 * Issue 13 item 7: a downgraded hazard stays on both boards, marked; the ledger flags a closure without 销号.
 * Rows projected before stay null/false until a rebuild.
 */
export class BoardsKeepDowngraded1765065600100 implements MigrationInterface {
  name = 'BoardsKeepDowngraded1765065600100';

  async up(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`ALTER TABLE ${table} ADD COLUMN downgraded_at timestamptz`);
    // The ledger surfaces a major hazard closed without 销号 (ADR 20261207-closure-legal-grounds).
    for (const table of LEDGER)
      await db.query(`ALTER TABLE ${table} ADD COLUMN closed_without_sign_off boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`ALTER TABLE ${table} DROP COLUMN downgraded_at`);
    for (const table of LEDGER) await db.query(`ALTER TABLE ${table} DROP COLUMN closed_without_sign_off`);
  }
}
