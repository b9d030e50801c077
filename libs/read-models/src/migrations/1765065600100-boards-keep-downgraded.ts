import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['dual_report_board', 'dual_report_board_valid', 'supervision_board', 'supervision_board_valid'];

/** A downgraded hazard stays on both boards, marked (issue 13 item 7); rows from before stay null until a rebuild. */
export class BoardsKeepDowngraded1765065600100 implements MigrationInterface {
  name = 'BoardsKeepDowngraded1765065600100';

  async up(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`ALTER TABLE ${table} ADD COLUMN downgraded_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`ALTER TABLE ${table} DROP COLUMN downgraded_at`);
  }
}
