import { MigrationInterface, QueryRunner } from 'typeorm';

const STATE_TABLES = ['hazard_ledger_state', 'dual_report_board_state', 'supervision_board_state'];

/** A rebuild leaves the fold state's doc NULL, to be restored from the stream on the entity's next event. */
export class StateDocRestoredOnUse1764400009000 implements MigrationInterface {
  name = 'StateDocRestoredOnUse1764400009000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of STATE_TABLES) await db.query(`ALTER TABLE ${table} ALTER COLUMN doc DROP NOT NULL`);
  }

  async down(): Promise<void> {
    // Unfolded rows would violate NOT NULL again; the projections read both, so the column simply stays nullable.
  }
}
