import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim-code attempts of the public follow-up, kept in PostgreSQL so the limit survives a restart and holds across
 * API instances. A key is `tip:<tipNo>` or `client:<address>`; rows older than the window are deleted as they go.
 */
export class CreateTipClaimAttempts1765200300200 implements MigrationInterface {
  name = 'CreateTipClaimAttempts1765200300200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE tip_claim_attempts (
      key text COLLATE "C" NOT NULL,
      attempted_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await db.query(`CREATE INDEX tip_claim_attempts_key_at ON tip_claim_attempts (key, attempted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tip_claim_attempts`);
  }
}
