import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTemporal, temporalDdl } from '@hazard-ledger/projection-engine';

const COLUMNS = `mine_id text NOT NULL, mine_name text, jurisdiction text, kind text NOT NULL, plan_item_id text,
  areas jsonb NOT NULL, team jsonb NOT NULL, started_at timestamptz NOT NULL, recorded_at timestamptz NOT NULL,
  late boolean NOT NULL, late_reason text, clauses jsonb NOT NULL, clauses_examined integer NOT NULL,
  findings integer NOT NULL, media_count integer NOT NULL, knowledge_average numeric, result text,
  result_summary text, signatures jsonb NOT NULL, unsigned_members jsonb NOT NULL, unsigned boolean NOT NULL,
  completed_at timestamptz`;

/** 检查台账 (inspection register), with the same two time axes as the hazard ledger. */
export class CreateInspectionRegister1765100000000 implements MigrationInterface {
  name = 'CreateInspectionRegister1765100000000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of temporalDdl('inspection_register', 'inspection_id', COLUMNS)) await db.query(sql);
    await db.query(
      `CREATE INDEX inspection_register_open_started ON inspection_register (started_at) WHERE upper_inf(system_time)`,
    );
    await db.query(`CREATE INDEX inspection_register_team ON inspection_register USING gin (team)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of dropTemporal('inspection_register')) await db.query(sql);
  }
}
