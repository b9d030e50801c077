import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTemporal, temporalDdl } from '@hazard-ledger/projection-engine';

const COLUMNS = `mine_id text NOT NULL, mine_name text, jurisdiction text, month text NOT NULL,
  performed_at timestamptz NOT NULL, recorded_at timestamptz NOT NULL, leader jsonb NOT NULL,
  led_by_principal boolean NOT NULL, participants jsonb NOT NULL, areas jsonb NOT NULL, clauses jsonb NOT NULL,
  deadline timestamptz NOT NULL, late boolean NOT NULL, policy_version text NOT NULL, hazard_ids jsonb NOT NULL,
  result text, summary text, signed_by jsonb, signed_at timestamptz`;

const KEYED = ['check_id', 'mine_id', 'jurisdiction'];
const BYTE_ORDER: [string, string[]][] = [
  ['monthly_check_register', KEYED],
  ['monthly_check_register_valid', KEYED],
  ['monthly_check_register_state', ['entity_id']],
  ['monthly_check_register_mines', ['mine_id']],
];

/** 月度重大事故隐患排查台账, laid out as the inspection register (keys in byte order, a state doc a rebuild may leave NULL). */
export class CreateMonthlyCheckRegister1765200100000 implements MigrationInterface {
  name = 'CreateMonthlyCheckRegister1765200100000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of temporalDdl('monthly_check_register', 'check_id', COLUMNS)) await db.query(sql);
    await db.query(
      `CREATE INDEX monthly_check_register_open_mine_month ON monthly_check_register (mine_id, month) WHERE upper_inf(system_time)`,
    );
    for (const [table, columns] of BYTE_ORDER)
      await db.query(
        `ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} TYPE text COLLATE "C"`).join(', ')}`,
      );
    await db.query(`ALTER TABLE monthly_check_register_state ALTER COLUMN doc DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of dropTemporal('monthly_check_register')) await db.query(sql);
  }
}
