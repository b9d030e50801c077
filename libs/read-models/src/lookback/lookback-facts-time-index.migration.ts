import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Look-back facts by mine and system time: a period of one mine (LB-02's year of the busiest mine, 16 576 of its
 * 56 871 facts) was read through (mine_id, position) and filtered on recorded_at row by row (docs/performance.md).
 */
export class IndexLookbackFactsByMineTime1765200501000 implements MigrationInterface {
  name = 'IndexLookbackFactsByMineTime1765200501000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX lookback_facts_mine_recorded ON lookback_facts (mine_id, recorded_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX lookback_facts_mine_recorded`);
  }
}
