import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReadModels1764400001000 implements MigrationInterface {
  name = 'CreateReadModels1764400001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE projection_checkpoints (
        name             text PRIMARY KEY,
        commit_position  bigint NOT NULL,
        prepare_position bigint NOT NULL,
        events_applied   bigint NOT NULL DEFAULT 0,
        updated_at       timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE stream_catalogue (
        stream_id         text PRIMARY KEY,
        category          text NOT NULL,
        last_revision     bigint NOT NULL,
        event_count       bigint NOT NULL,
        last_event_type   text NOT NULL,
        last_position     bigint NOT NULL,
        first_recorded_at timestamptz NOT NULL,
        last_recorded_at  timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX stream_catalogue_category ON stream_catalogue (category, last_recorded_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stream_catalogue`);
    await db.query(`DROP TABLE projection_checkpoints`);
  }
}
