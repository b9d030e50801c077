import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTemporal, temporalDdl } from '@hazard-ledger/projection-engine';

const COLUMNS = `mine_id text NOT NULL, mine_name text, jurisdiction text, kind text NOT NULL, plan_item_id text,
  areas jsonb NOT NULL, team jsonb NOT NULL, started_at timestamptz NOT NULL, recorded_at timestamptz NOT NULL,
  late boolean NOT NULL, late_reason text, clauses jsonb NOT NULL, clauses_examined integer NOT NULL,
  findings integer NOT NULL, media_count integer NOT NULL, knowledge_average numeric, result text,
  result_summary text, signatures jsonb NOT NULL, unsigned_members jsonb NOT NULL, unsigned boolean NOT NULL,
  completed_at timestamptz`;

const KEYED = ['inspection_id', 'mine_id', 'jurisdiction'];
const BYTE_ORDER: [string, string[]][] = [
  ['inspection_register', KEYED],
  ['inspection_register_valid', KEYED],
  ['inspection_register_state', ['entity_id']],
  ['inspection_register_mines', ['mine_id']],
];

/**
 * 检查台账 (inspection register), with the same two time axes as the hazard ledger, and as the boards have them after
 * their later migrations: keys in byte order (ADR 20261201-read-model-keys-in-byte-order) and a fold-state doc a
 * rebuild may leave NULL (restored on the entity's next event).
 */
export class CreateInspectionRegister1765100000000 implements MigrationInterface {
  name = 'CreateInspectionRegister1765100000000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of temporalDdl('inspection_register', 'inspection_id', COLUMNS)) await db.query(sql);
    await db.query(
      `CREATE INDEX inspection_register_open_started ON inspection_register (started_at) WHERE upper_inf(system_time)`,
    );
    await db.query(`CREATE INDEX inspection_register_team ON inspection_register USING gin (team)`);
    for (const [table, columns] of BYTE_ORDER)
      await db.query(
        `ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} TYPE text COLLATE "C"`).join(', ')}`,
      );
    await db.query(`ALTER TABLE inspection_register_state ALTER COLUMN doc DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of dropTemporal('inspection_register')) await db.query(sql);
  }
}
