import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Look-back facts by stream, and documents/penalties by the hazards they name: without them LB-01 (one hazard's
 * timeline) scanned the whole facts table twice — `stream_id = ANY(…)` (even for an empty list) and
 * `data->'hazardIds' ? id` over every DocumentDrafted — 2.1 s + 0.9 s at 1.55M events (docs/performance.md, session 12).
 */
export class IndexLookbackFactsByStream1765200500900 implements MigrationInterface {
  name = 'IndexLookbackFactsByStream1765200500900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX lookback_facts_stream ON lookback_facts (stream_id, position)`);
    await db.query(`
      CREATE INDEX lookback_facts_named_hazards ON lookback_facts USING gin ((data->'hazardIds'))
       WHERE event_type IN ('DocumentDrafted', 'PenaltyDecided')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX lookback_facts_named_hazards`);
    await db.query(`DROP INDEX lookback_facts_stream`);
  }
}
