import { MigrationInterface, QueryRunner } from 'typeorm';

const LEDGER = ['hazard_ledger', 'hazard_ledger_valid'];

/** Issue 14 item 2: the hazard ledger's contractor dimension (外包单位). Rows projected before stay null. */
export class HazardLedgerContractor1765200200000 implements MigrationInterface {
  name = 'HazardLedgerContractor1765200200000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of LEDGER) await db.query(`ALTER TABLE ${table} ADD COLUMN contractor_id text`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of LEDGER) await db.query(`ALTER TABLE ${table} DROP COLUMN contractor_id`);
  }
}
