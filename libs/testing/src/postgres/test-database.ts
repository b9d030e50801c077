import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource, migrate } from '@hazard-ledger/platform';

export interface TestDatabase {
  url: string;
  name: string;
  /** One query on a short-lived connection (assertions on the stored events). */
  query: <R = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<R[]>;
  drop: () => Promise<void>;
}

/**
 * A template database built once per run on top of the migrated one and cloned for every spec that asks for it
 * (e.g. the API specs' demo users, whose argon2id hashes cost ~1 s per database). `build` gets the url of a
 * freshly migrated database and must close every connection it opens (PostgreSQL clones only an idle database).
 */
export interface TestTemplate {
  /** Lower-case letters, digits and underscores; part of the template database's name. */
  name: string;
  build: (url: string) => Promise<void>;
}

const adminUrl = (): string => {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run specs through jest (globalSetup starts PostgreSQL)');
  return url;
};

const withDatabase = (url: string, database: string): string => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/**
 * The read horizon is cluster-wide and a rebuild's exemption is per database: two specs that each keep a fill or a
 * swap open could wait on each other until both timed out (CI, Node 24). Such specs hold this lock, on the admin
 * database, for their whole run, so they never overlap. Returns the release.
 */
export const holdHorizonExclusively = async (): Promise<() => Promise<void>> => {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  await client.query(`SELECT pg_advisory_lock(hashtext('hazard-ledger:specs-holding-the-horizon'))`);
  return async () => {
    await client.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await client.end();
  };
};

const admin = async <T>(work: (c: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const migrateDatabase = async (url: string): Promise<void> => {
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    await migrate(ds);
  } finally {
    await ds.destroy();
  }
};

const exists = async (c: Client, name: string): Promise<boolean> =>
  (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;

/**
 * The template's database name, built if this run has none yet. Jest workers race for it: the first takes an
 * advisory lock, builds under a temporary name and renames it when complete, so a template that exists is whole.
 */
const ensureTemplate = async (prefix: string, template: TestTemplate | undefined): Promise<string> => {
  const name = template ? `${prefix}_${template.name}` : prefix;
  if (template && !/^[a-z0-9_]+$/.test(template.name)) throw new Error(`bad template name ${template.name}`);
  return admin(async (c) => {
    if (await exists(c, name)) return name;
    await c.query(`SELECT pg_advisory_lock(hashtext($1))`, [name]);
    try {
      if (await exists(c, name)) return name;
      const base = template ? await ensureTemplate(prefix, undefined) : undefined;
      const building = `${name}_building`;
      await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await c.query(base ? `CREATE DATABASE ${building} TEMPLATE ${base}` : `CREATE DATABASE ${building}`);
      const url = withDatabase(adminUrl(), building);
      if (template) await template.build(url);
      else await migrateDatabase(url);
      await c.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      return name;
    } finally {
      await c.query(`SELECT pg_advisory_unlock(hashtext($1))`, [name]);
    }
  });
};

/**
 * A fresh database on the shared test server; `drop` removes it. Migrated unless `migrate: false` (then empty):
 * cloned from this run's migrated template (CREATE DATABASE … TEMPLATE copies files, far cheaper than running
 * every migration per spec file), or migrated in place when no template is configured (TEST_PG_TEMPLATE unset).
 * With `template`, a clone of that template (built once per run on the migrated database).
 */
export const createTestDatabase = async (
  options: { migrate?: boolean; template?: TestTemplate } = {},
): Promise<TestDatabase> => {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const url = withDatabase(adminUrl(), name);
  const prefix = process.env.TEST_PG_TEMPLATE;
  if (options.migrate === false) await admin((c) => c.query(`CREATE DATABASE ${name}`));
  else if (prefix) {
    const template = await ensureTemplate(prefix, options.template);
    await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  } else {
    await admin((c) => c.query(`CREATE DATABASE ${name}`));
    await migrateDatabase(url);
    await options.template?.build(url);
  }
  return {
    url,
    name,
    query: async <R>(sql: string, params: unknown[] = []) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as R[];
      } finally {
        await client.end();
      }
    },
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
};
