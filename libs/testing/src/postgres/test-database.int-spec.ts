import { Client } from 'pg';
import { allMigrations, createDataSource, migrate } from '@hazard-ledger/platform';
import { TestDatabase, TestTemplate, createTestDatabase } from './test-database';

// The catalogue a spec could observe: tables, columns, constraints, indexes, functions, triggers, migration rows.
const shape = async (db: TestDatabase): Promise<unknown> => ({
  columns: await db.query(
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  ),
  constraints: await db.query(
    `SELECT conrelid::regclass::text AS rel, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
  ),
  indexes: await db.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
  ),
  functions: await db.query(
    `SELECT proname, pg_get_functiondef(oid) AS def FROM pg_proc WHERE pronamespace = 'public'::regnamespace
      AND prokind = 'f' ORDER BY 1, 2`,
  ),
  triggers: await db.query(
    `SELECT tgrelid::regclass::text AS rel, tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`,
  ),
  roles: await db.query(`SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants
      WHERE table_schema = 'public' ORDER BY 1, 2, 3`),
  migrations: await db.query(`SELECT name FROM schema_migrations ORDER BY id`),
});

describe('createTestDatabase: clones of the run’s template are what running the migrations makes', () => {
  const made: TestDatabase[] = [];
  const track = (db: TestDatabase) => (made.push(db), db);
  afterAll(async () => {
    for (const db of made) await db.drop();
  });

  it('uses a template in a jest run (globalSetup names it)', () => {
    expect(process.env.TEST_PG_TEMPLATE).toMatch(/^hl_tpl_[0-9a-f]{8}$/);
  });

  it('gives a database with the same schema and migration rows as migrating an empty one in place', async () => {
    const cloned = track(await createTestDatabase());
    const migrated = track(await createTestDatabase({ migrate: false }));
    const ds = await createDataSource(migrated.url).initialize();
    const ran = await migrate(ds);
    await ds.destroy();
    expect(ran).toHaveLength(allMigrations.length);
    const expected = (await shape(migrated)) as { columns: unknown[]; functions: unknown[]; triggers: unknown[] };
    expect(await shape(cloned)).toEqual(expected);
    // Not vacuous: the event store's tables, its append function and its immutability triggers are there.
    expect(expected.columns.length).toBeGreaterThan(100);
    expect(expected.functions.length).toBeGreaterThan(0);
    expect(expected.triggers.length).toBeGreaterThan(0);
    expect(await cloned.query(`SELECT count(*)::int AS n FROM schema_migrations`)).toEqual([
      { n: allMigrations.length },
    ]);
  });

  it('leaves `migrate: false` empty and each clone independent of the others', async () => {
    const empty = track(await createTestDatabase({ migrate: false }));
    expect(await empty.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).toEqual([
      { n: 0 },
    ]);
    const [a, b] = [track(await createTestDatabase()), track(await createTestDatabase())];
    await a.query(`CREATE TABLE only_in_a (x int)`);
    expect(await b.query(`SELECT to_regclass('only_in_a') AS t`)).toEqual([{ t: null }]);
  });

  it('builds a named template once on the migrated database, then clones it, and no connection is left on it', async () => {
    let builds = 0;
    const template: TestTemplate = {
      name: 'spec_marker',
      build: async (url) => {
        builds += 1;
        const c = new Client({ connectionString: url });
        await c.connect();
        await c.query(`CREATE TABLE template_marker (built_once int)`);
        await c.query(`INSERT INTO template_marker VALUES (1)`);
        await c.end();
      },
    };
    const [a, b] = await Promise.all([createTestDatabase({ template }), createTestDatabase({ template })]);
    track(a);
    track(b);
    expect(builds).toBe(1);
    for (const db of [a, b]) {
      expect(await db.query(`SELECT built_once FROM template_marker`)).toEqual([{ built_once: 1 }]);
      expect(await db.query(`SELECT count(*)::int AS n FROM schema_migrations`)).toEqual([{ n: allMigrations.length }]);
    }
    const [{ n }] = await a.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE starts_with(datname, $1)`,
      [process.env.TEST_PG_TEMPLATE],
    );
    expect(n).toBe(0);
  });
});
