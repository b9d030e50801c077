import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reads are evidence: who read which hazard data, chained like the events (prev_hash → hash) and protected the same
 * way. UNIQUE(prev_hash) guarantees one linear chain: two rows can never link to the same predecessor.
 * `access_log_head` is the chain's anchor (like `streams.last_hash` for events): writers in several processes
 * compare-and-set it in the same statement as their rows, and verification finds entries cut off the end.
 */
export class CreateAccessLog1764400003000 implements MigrationInterface {
  name = 'CreateAccessLog1764400003000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE access_log (
        id             bigserial PRIMARY KEY,
        accessed_at    timestamptz NOT NULL,
        actor_id       text NOT NULL,
        actor_name     text NOT NULL,
        actor_role     text NOT NULL,
        actor_org      text NOT NULL,
        kind           text NOT NULL CHECK (kind IN ('read', 'export')),
        record_type    text NOT NULL,
        record_ids     text[] NOT NULL CHECK (array_position(record_ids, NULL) IS NULL),
        as_of_position text,
        query          jsonb NOT NULL,
        purpose        text,
        hash_alg       text NOT NULL CHECK (hash_alg IN ('sm3', 'sha256')),
        prev_hash      text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
        hash           text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        CONSTRAINT access_log_prev_hash_unique UNIQUE (prev_hash),
        CONSTRAINT access_log_hash_unique UNIQUE (hash)
      )`);
    // "Who viewed hazard H" (record_ids @> ARRAY[H]), time windows, and one actor's history.
    await db.query(`CREATE INDEX access_log_record_ids ON access_log USING gin (record_ids)`);
    await db.query(`CREATE INDEX access_log_accessed_at ON access_log (accessed_at)`);
    await db.query(`CREATE INDEX access_log_actor ON access_log (actor_id, accessed_at)`);
    await db.query(`
      CREATE TABLE access_log_head (
        id          smallint PRIMARY KEY CHECK (id = 1),
        hash        text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        -- Fairness between writer processes (see access-log-sql.ts): who may append next, until when.
        turn_writer text,
        turn_until  timestamptz
      )`);
    await db.query(`INSERT INTO access_log_head (id, hash) VALUES (1, repeat('0', 64))`);
    await db.query(`
      CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '访问日志不可修改或删除 / the access log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER access_log_immutable_rows BEFORE UPDATE OR DELETE ON access_log
      FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change()`);
    await db.query(`
      CREATE TRIGGER access_log_immutable_table BEFORE TRUNCATE ON access_log
      FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change()`);
    // The anchor moves forward (UPDATE) but can never disappear.
    await db.query(`
      CREATE TRIGGER access_log_head_kept_rows BEFORE DELETE ON access_log_head
      FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change()`);
    await db.query(`
      CREATE TRIGGER access_log_head_kept_table BEFORE TRUNCATE ON access_log_head
      FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    // DROP TABLE is not refused by the triggers (they guard rows and TRUNCATE); it takes triggers and indexes along.
    await db.query(`DROP TABLE access_log_head`);
    await db.query(`DROP TABLE access_log`);
    await db.query(`DROP FUNCTION access_log_refuse_change()`);
  }
}
