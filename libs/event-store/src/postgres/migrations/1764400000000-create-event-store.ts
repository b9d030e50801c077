import { MigrationInterface, QueryRunner } from 'typeorm';

/** The event log (architecture.md §5): append-only, chained, readable in commit-safe order. */
export class CreateEventStore1764400000000 implements MigrationInterface {
  name = 'CreateEventStore1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE streams (
        stream_id  text PRIMARY KEY,
        revision   bigint NOT NULL CHECK (revision >= 0),
        last_hash  text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE events (
        global_position bigint GENERATED ALWAYS AS IDENTITY,
        tx_id           xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_id       text NOT NULL,
        stream_position bigint NOT NULL CHECK (stream_position >= 0),
        event_id        uuid NOT NULL,
        type            text NOT NULL,
        schema_version  integer NOT NULL,
        data            jsonb NOT NULL,
        metadata        jsonb NOT NULL,
        signature       jsonb,
        recorded_at     timestamptz NOT NULL,
        hash_alg        text NOT NULL CHECK (hash_alg IN ('sm3', 'sha256')),
        prev_hash       text NOT NULL,
        hash            text NOT NULL,
        PRIMARY KEY (stream_id, stream_position),
        CONSTRAINT events_event_id_unique UNIQUE (event_id)
      )`);
    await db.query(`CREATE UNIQUE INDEX events_log_order ON events (tx_id, global_position)`);
    await db.query(`CREATE UNIQUE INDEX events_global_position ON events (global_position)`);
    await db.query(`
      CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '事件不可修改或删除 / events are immutable: % on events refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER events_immutable_rows BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_refuse_change()`);
    await db.query(`
      CREATE TRIGGER events_immutable_table BEFORE TRUNCATE ON events
      FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Deliberately irreversible: dropping the log would erase the record this system exists to keep.
    await db.query(`SELECT 1`);
    throw new Error('The event store migration cannot be reverted / 事件存储迁移不可回滚');
  }
}
