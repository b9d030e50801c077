import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTemporal, temporalDdl } from '@hazard-ledger/projection-engine';

const COLUMNS = `mine_id text NOT NULL, mine_name text, jurisdiction text, status text NOT NULL, location text NOT NULL,
  underground boolean NOT NULL, work text NOT NULL, window_start timestamptz NOT NULL, window_end timestamptz NOT NULL,
  precautions jsonb NOT NULL, contractor_id text, requested_by jsonb NOT NULL, requested_at timestamptz NOT NULL,
  policy_version text NOT NULL, approved_by jsonb, approved_at timestamptz, approved_precautions jsonb,
  started_at timestamptz, finished_at timestamptz, finish_note text, cancelled_at timestamptz, cancel_reason text`;

const KEYED = ['permit_id', 'mine_id', 'jurisdiction'];
const BYTE_ORDER: [string, string[]][] = [
  ['hot_work_permit_register', KEYED],
  ['hot_work_permit_register_valid', KEYED],
  ['hot_work_permit_register_state', ['entity_id']],
  ['hot_work_permit_register_mines', ['mine_id']],
];

/** 动火作业票台账, laid out as the inspection register (keys in byte order, a state doc a rebuild may leave NULL). */
export class CreateHotWorkPermitRegister1765200100100 implements MigrationInterface {
  name = 'CreateHotWorkPermitRegister1765200100100';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of temporalDdl('hot_work_permit_register', 'permit_id', COLUMNS)) await db.query(sql);
    await db.query(
      `CREATE INDEX hot_work_permit_register_open_window ON hot_work_permit_register (window_start) WHERE upper_inf(system_time)`,
    );
    for (const [table, columns] of BYTE_ORDER)
      await db.query(
        `ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} TYPE text COLLATE "C"`).join(', ')}`,
      );
    await db.query(`ALTER TABLE hot_work_permit_register_state ALTER COLUMN doc DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of dropTemporal('hot_work_permit_register')) await db.query(sql);
  }
}
