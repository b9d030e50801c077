import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 知情时间线. `hazard_knowledge_events` is the truth: every knowledge-bearing event, append-only, one row per
 * (event, party) because one event can show several parties knew (an inspector's receipt: regulator and inspectors).
 * First knowledge as the platform knew it at T is then the earliest row with recorded_at ≤ T — one indexed query,
 * correct even when a later-recorded event claims an earlier time. `hazard_first_knowledge` is that answer with no
 * cut, kept current by the projection, for the common question and for queries across hazards.
 */
export class CreateKnowledgeTimeline1764400005000 implements MigrationInterface {
  name = 'CreateKnowledgeTimeline1764400005000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE hazard_knowledge_events (
        position     bigint NOT NULL,
        party        text NOT NULL,
        hazard_id    text NOT NULL,
        occurred_at  timestamptz NOT NULL,
        recorded_at  timestamptz NOT NULL,
        event_type   text NOT NULL,
        actor_id     text NOT NULL,
        actor_name   text NOT NULL,
        actor_role   text NOT NULL,
        PRIMARY KEY (position, party)
      )`);
    await db.query(
      `CREATE INDEX hazard_knowledge_events_first ON hazard_knowledge_events (hazard_id, party, occurred_at, position)`,
    );
    await db.query(`
      CREATE TABLE hazard_first_knowledge (
        hazard_id    text NOT NULL,
        party        text NOT NULL,
        occurred_at  timestamptz NOT NULL,
        recorded_at  timestamptz NOT NULL,
        position     bigint NOT NULL,
        event_type   text NOT NULL,
        actor_id     text NOT NULL,
        actor_name   text NOT NULL,
        actor_role   text NOT NULL,
        PRIMARY KEY (hazard_id, party)
      )`);
    await db.query(`CREATE INDEX hazard_first_knowledge_party ON hazard_first_knowledge (party, occurred_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE hazard_first_knowledge`);
    await db.query(`DROP TABLE hazard_knowledge_events`);
  }
}
