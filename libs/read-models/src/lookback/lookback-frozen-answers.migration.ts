import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frozen look-back answers: the exact bytes (canonical JSON) of an answer an investigator froze into a case,
 * keyed by their SM3 digest, which the case's LookbackCaseAnswerFrozen event carries. Not a projection table: a
 * rebuild never touches it; the digest in the log proves the bytes were not changed.
 */
export class CreateLookbackFrozenAnswers1765200500100 implements MigrationInterface {
  name = 'CreateLookbackFrozenAnswers1765200500100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE lookback_frozen_answers (
        digest      text PRIMARY KEY,
        case_id     text NOT NULL,
        body        text NOT NULL,
        frozen_at   timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE lookback_frozen_answers`);
  }
}
