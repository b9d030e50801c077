import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 执法责任倒查 facts: one immutable row per event of every category, with its hash, so "as of T" is a filter on
 * recorded_at and every answer row can name the events behind it. Streams map to their mine (from the first event).
 */
export class CreateLookbackFacts1765200500000 implements MigrationInterface {
  name = 'CreateLookbackFacts1765200500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE lookback_facts (
        position         bigint PRIMARY KEY,
        commit_position  bigint NOT NULL,
        stream_id        text NOT NULL,
        category         text NOT NULL,
        entity_id        text NOT NULL,
        revision         bigint NOT NULL,
        event_id         uuid NOT NULL,
        event_type       text NOT NULL,
        mine_id          text,
        actor_id         text NOT NULL,
        actor_name       text NOT NULL,
        actor_role       text NOT NULL,
        actor_org        text NOT NULL,
        on_behalf_of_id  text,
        occurred_at      timestamptz NOT NULL,
        recorded_at      timestamptz NOT NULL,
        hash             text NOT NULL,
        data             jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX lookback_facts_mine ON lookback_facts (mine_id, position)`);
    await db.query(`CREATE INDEX lookback_facts_type ON lookback_facts (event_type, position)`);
    await db.query(`CREATE INDEX lookback_facts_entity ON lookback_facts (category, entity_id, position)`);
    await db.query(`CREATE INDEX lookback_facts_actor ON lookback_facts (actor_id, position)`);
    await db.query(`CREATE INDEX lookback_facts_recorded ON lookback_facts (recorded_at)`);
    await db.query(`
      CREATE TABLE lookback_streams (
        stream_id  text PRIMARY KEY,
        mine_id    text
      )`);
    await db.query(`
      CREATE TABLE lookback_mines (
        mine_id       text PRIMARY KEY,
        name          text NOT NULL,
        jurisdiction  text NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE lookback_mines`);
    await db.query(`DROP TABLE lookback_streams`);
    await db.query(`DROP TABLE lookback_facts`);
  }
}
