import { rm } from 'node:fs/promises';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __HL_PG__?: { stop: () => Promise<void> } }).__HL_PG__;
  await pg?.stop();
  if (process.env.TEST_PG_DATA_DIR) await rm(process.env.TEST_PG_DATA_DIR, { recursive: true, force: true });
  if (!pg && process.env.DATABASE_URL && process.env.TEST_PG_TEMPLATE) await dropTemplates(process.env.DATABASE_URL);
}

/** On a DATABASE_URL server (outlives the run) the run's template databases are dropped; spec databases drop themselves. */
const dropTemplates = async (url: string): Promise<void> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT datname AS name FROM pg_database WHERE starts_with(datname, $1)`,
      [process.env.TEST_PG_TEMPLATE],
    );
    for (const { name } of rows) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
};
