import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTemporal, temporalDdl } from '@hazard-ledger/projection-engine';

const DUAL_REPORT = `mine_id text NOT NULL, mine_name text, jurisdiction text, status text NOT NULL, open boolean NOT NULL,
  determined_at timestamptz NOT NULL, policy_version text, regulator_allowed_hours numeric,
  regulator_submitted_at timestamptz, regulator_received_at timestamptz, congress_allowed_hours numeric,
  congress_submitted_at timestamptz, congress_received_at timestamptz`;

const SUPERVISION = `mine_id text NOT NULL, mine_name text, jurisdiction text, status text NOT NULL, open boolean NOT NULL,
  pending boolean NOT NULL, level text NOT NULL, unit text NOT NULL, notice_no text NOT NULL,
  supervising_official text NOT NULL, listed_at timestamptz NOT NULL, listing_deadline timestamptz NOT NULL,
  deadline timestamptz NOT NULL, extensions jsonb NOT NULL, extensions_granted integer NOT NULL,
  signed_off_at timestamptz`;

/** 双报告 board and 挂牌督办 board, with the same two time axes as the ledger. */
export class CreateHazardBoards1764400007000 implements MigrationInterface {
  name = 'CreateHazardBoards1764400007000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of temporalDdl('dual_report_board', 'hazard_id', DUAL_REPORT)) await db.query(sql);
    for (const sql of temporalDdl('supervision_board', 'hazard_id', SUPERVISION)) await db.query(sql);
    await db.query(
      `CREATE INDEX dual_report_board_open_determined ON dual_report_board (determined_at) WHERE upper_inf(system_time)`,
    );
    await db.query(
      `CREATE INDEX supervision_board_open_deadline ON supervision_board (deadline) WHERE upper_inf(system_time)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of [...dropTemporal('supervision_board'), ...dropTemporal('dual_report_board')]) await db.query(sql);
  }
}
