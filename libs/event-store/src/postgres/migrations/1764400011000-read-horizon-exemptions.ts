import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transactions that never append events (a rebuild's long COPY and index builds) can be registered so readers do
 * not wait for them at the read horizon (read-horizon.ts); an exempt transaction that tries to append is refused,
 * so the exemption can never hide an event from a reader.
 */
export class ReadHorizonExemptions1764400011000 implements MigrationInterface {
  name = 'ReadHorizonExemptions1764400011000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE read_horizon_exempt (
        xid           xid8 PRIMARY KEY,
        reason        text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`
      CREATE FUNCTION events_refuse_exempt_writer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM read_horizon_exempt WHERE xid = pg_current_xact_id()) THEN
          RAISE EXCEPTION '不等待读取水位的事务不得追加事件 / a transaction exempt from the read horizon may not append events';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER events_no_exempt_writer BEFORE INSERT ON events
      FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_exempt_writer()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER events_no_exempt_writer ON events`);
    await db.query(`DROP FUNCTION events_refuse_exempt_writer()`);
    await db.query(`DROP TABLE read_horizon_exempt`);
  }
}
