import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropFactModel, factModelDdl } from '../enforcement-facts/fact-ddl';

const SUSPENSIONS = `mine_name text, jurisdiction text, status text NOT NULL, order_no text NOT NULL,
  order_document_id text, extent text NOT NULL, area text, hazard_ids jsonb NOT NULL, since timestamptz NOT NULL,
  ordered_by text, resumed_at timestamptz, approval_no text, approval_document_id text, sign_offs jsonb NOT NULL,
  orders integer NOT NULL`;

const PLAN_BOARD = `mine_id text NOT NULL, year integer NOT NULL, plan_id text, plan_item_id text, plan_status text,
  grade text, planned integer, cap integer, policy_version text, done integer NOT NULL, in_plan integer NOT NULL,
  unannounced integer NOT NULL, joint_by_quarter jsonb NOT NULL`;

/** Mines under suspension and the plan board, both on the two time axes. */
export class CreateEnforcementBoards1764400013300 implements MigrationInterface {
  name = 'CreateEnforcementBoards1764400013300';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of factModelDdl('mines_under_suspension', 'mine_id', SUSPENSIONS)) await db.query(sql);
    for (const sql of factModelDdl('plan_board', 'row_id', PLAN_BOARD)) await db.query(sql);
    await db.query(`CREATE INDEX plan_board_year ON plan_board (year, mine_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of [...dropFactModel('plan_board'), ...dropFactModel('mines_under_suspension')]) await db.query(sql);
  }
}
