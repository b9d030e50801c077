import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The highest look-back fact position of each UTC day of recorded_at, so a cut resolves in two small reads
 * (docs/performance.md, session 13). Filled from the facts already projected; the projection keeps it after.
 */
export class CreateLookbackDayHighs1765200501100 implements MigrationInterface {
  name = 'CreateLookbackDayHighs1765200501100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE lookback_day_highs (day date PRIMARY KEY, high_position bigint NOT NULL)`);
    await db.query(`
      INSERT INTO lookback_day_highs (day, high_position)
      SELECT (recorded_at AT TIME ZONE 'UTC')::date, max(position) FROM lookback_facts GROUP BY 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE lookback_day_highs`);
  }
}
