import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTemporal, temporalDdl } from '@hazard-ledger/projection-engine';

const COLUMNS = `tip_no text NOT NULL, mine_id text, mine_name text, jurisdiction text NOT NULL, channel text NOT NULL,
  category text NOT NULL, reporter_kind text NOT NULL, internal boolean NOT NULL, received_at timestamptz NOT NULL,
  status text NOT NULL, step text NOT NULL, step_due_at timestamptz, handle_by timestamptz, extended boolean NOT NULL,
  objection_until timestamptz, assignee jsonb, finding text, objected boolean NOT NULL, re_review_outcome text,
  reward_yuan integer, reward_pay_by timestamptz, reward_paid boolean NOT NULL, accountability_cases jsonb NOT NULL,
  proven_true_later boolean NOT NULL, reveal_count integer NOT NULL, identity_shredded boolean NOT NULL,
  policy_version text NOT NULL`;

const BYTE_ORDER: [string, string[]][] = [
  ['tips_board', ['tip_id', 'mine_id', 'jurisdiction']],
  ['tips_board_valid', ['tip_id', 'mine_id', 'jurisdiction']],
  ['tips_board_state', ['entity_id']],
  ['tips_board_mines', ['mine_id']],
];

/** 举报看板, with the two time axes of the other registers and their keys in byte order. */
export class CreateTipsBoard1765200300200 implements MigrationInterface {
  name = 'CreateTipsBoard1765200300200';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of temporalDdl('tips_board', 'tip_id', COLUMNS)) await db.query(sql);
    await db.query(`CREATE INDEX tips_board_open_due ON tips_board (step_due_at) WHERE upper_inf(system_time)`);
    for (const [table, columns] of BYTE_ORDER)
      await db.query(
        `ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} TYPE text COLLATE "C"`).join(', ')}`,
      );
    await db.query(`ALTER TABLE tips_board_state ALTER COLUMN doc DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of dropTemporal('tips_board')) await db.query(sql);
  }
}
