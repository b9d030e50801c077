import { MigrationInterface, QueryRunner } from 'typeorm';

/** 审计追踪: one row per event (who, role, both clocks, reason, before → after) and each stream's folded state. */
export class CreateAuditTrail1764400004000 implements MigrationInterface {
  name = 'CreateAuditTrail1764400004000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_trail (
        position         bigint PRIMARY KEY,
        commit_position  bigint NOT NULL,
        stream_id        text NOT NULL,
        entity_type      text NOT NULL,
        entity_id        text NOT NULL,
        revision         bigint NOT NULL,
        event_type       text NOT NULL,
        event_id         uuid NOT NULL,
        actor_id         text NOT NULL,
        actor_name       text NOT NULL,
        actor_role       text NOT NULL,
        actor_org        text NOT NULL,
        on_behalf_of_id  text,
        occurred_at      timestamptz NOT NULL,
        recorded_at      timestamptz NOT NULL,
        reason           text,
        changes          jsonb NOT NULL,
        data             jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX audit_trail_entity ON audit_trail (entity_type, entity_id, revision)`);
    await db.query(`CREATE INDEX audit_trail_actor ON audit_trail (actor_id, recorded_at)`);
    await db.query(`CREATE INDEX audit_trail_recorded_at ON audit_trail (recorded_at)`);
    await db.query(`CREATE INDEX audit_trail_occurred_at ON audit_trail (occurred_at)`);
    await db.query(`
      CREATE TABLE audit_trail_states (
        stream_id  text PRIMARY KEY,
        revision   bigint NOT NULL,
        state      jsonb
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_trail_states`);
    await db.query(`DROP TABLE audit_trail`);
  }
}
