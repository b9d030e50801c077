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

/**
 * Look-back facts by mine, event type and system time: "the inspections of one mine" was a BitmapAnd of the mine
 * index with the type and category indexes (285 k and 357 k entries at 1.55 M facts, 122 ms of a 228 ms read).
 */
export class IndexLookbackFactsByMineType1765200501200 implements MigrationInterface {
  name = 'IndexLookbackFactsByMineType1765200501200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX lookback_facts_mine_type ON lookback_facts (mine_id, event_type, recorded_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX lookback_facts_mine_type`);
  }
}
