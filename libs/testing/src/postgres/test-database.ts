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

const admin = async <T>(work: (c: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** A fresh, migrated database on the shared test server; `drop` removes it. */
export const createTestDatabase = async (options: { migrate?: boolean } = {}): Promise<TestDatabase> => {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(adminUrl(), name);
  if (options.migrate !== false) {
    const ds = createDataSource(url);
    await ds.initialize();
    await migrate(ds);
    await ds.destroy();
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
