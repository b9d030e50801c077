import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTemporal, temporalDdl } from '@hazard-ledger/projection-engine';

const COLUMNS = `mine_id text NOT NULL, mine_name text, jurisdiction text, doc jsonb NOT NULL`;
const TABLES: [string, string][] = [
  ['contractor_register', 'contractor_id'],
  ['hidden_factor_register', 'factor_id'],
  ['exam_campaign_register', 'campaign_id'],
  ['enterprise_file_register', 'file_mine_id'],
];

/**
 * Issue 14's four registers (外包, 隐蔽致灾因素, 体检式精查, 一企一档), both time axes, keys in byte order and a
 * fold-state doc a rebuild may leave NULL, as the inspection register has them.
 */
export class CreateDutyRegisters1765200200100 implements MigrationInterface {
  name = 'CreateDutyRegisters1765200200100';

  async up(db: QueryRunner): Promise<void> {
    for (const [base, key] of TABLES) {
      for (const sql of temporalDdl(base, key, COLUMNS)) await db.query(sql);
      for (const [table, columns] of [
        [base, [key, 'mine_id', 'jurisdiction']],
        [`${base}_valid`, [key, 'mine_id', 'jurisdiction']],
        [`${base}_state`, ['entity_id']],
        [`${base}_mines`, ['mine_id']],
      ] as [string, string[]][])
        await db.query(
          `ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} TYPE text COLLATE "C"`).join(', ')}`,
        );
      await db.query(`ALTER TABLE ${base}_state ALTER COLUMN doc DROP NOT NULL`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [base] of TABLES) for (const sql of dropTemporal(base)) await db.query(sql);
  }
}
