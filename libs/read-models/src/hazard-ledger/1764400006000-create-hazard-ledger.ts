import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTemporal, temporalDdl } from '@hazard-ledger/projection-engine';

const COLUMNS = `mine_id text NOT NULL, mine_name text, jurisdiction text, site_type text, status text NOT NULL,
  grade text, clause_id text, basic_condition boolean NOT NULL, source text NOT NULL, description text NOT NULL,
  location text NOT NULL, discovered_by text NOT NULL, discovered_at timestamptz NOT NULL, determined_at timestamptz,
  deadline timestamptz, supervision_level text, suspended boolean NOT NULL, open boolean NOT NULL,
  pending boolean NOT NULL, ended_at timestamptz, last_event_type text NOT NULL, last_occurred_at timestamptz NOT NULL`;

/** 隐患台账 with both time axes; partial indexes serve today's ledger, GiST the as-of ones. */
export class CreateHazardLedger1764400006000 implements MigrationInterface {
  name = 'CreateHazardLedger1764400006000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of temporalDdl('hazard_ledger', 'hazard_id', COLUMNS)) await db.query(sql);
    const open = 'WHERE upper_inf(system_time)';
    await db.query(`CREATE INDEX hazard_ledger_open_discovered ON hazard_ledger (discovered_at, hazard_id) ${open}`);
    await db.query(
      `CREATE INDEX hazard_ledger_open_jurisdiction ON hazard_ledger (jurisdiction, discovered_at) ${open}`,
    );
    await db.query(`CREATE INDEX hazard_ledger_open_mine ON hazard_ledger (mine_id, discovered_at) ${open}`);
    await db.query(`CREATE INDEX hazard_ledger_open_status ON hazard_ledger (status, discovered_at) ${open}`);
    await db.query(`CREATE INDEX hazard_ledger_open_deadline ON hazard_ledger (deadline) ${open} AND pending`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of dropTemporal('hazard_ledger')) await db.query(sql);
  }
}
