import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hazard state every N events, with the latest recordedAt / occurredAt of the events it folds and the hash of the
 * last one: an as-of read starts from the newest snapshot inside its cut and folds only what follows.
 */
export class CreateHazardSnapshots1764400008000 implements MigrationInterface {
  name = 'CreateHazardSnapshots1764400008000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE hazard_snapshots (
        stream_id       text NOT NULL,
        revision        bigint NOT NULL,
        hash            text NOT NULL,
        max_recorded_at timestamptz NOT NULL,
        max_occurred_at timestamptz NOT NULL,
        state           jsonb NOT NULL,
        PRIMARY KEY (stream_id, revision)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE hazard_snapshots`);
  }
}
