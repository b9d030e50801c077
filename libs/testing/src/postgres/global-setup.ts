import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Relative import: jest's moduleNameMapper does not apply to globalSetup.
import { startEmbeddedPostgres, freePort } from '../../../database/src';

/**
 * One real PostgreSQL for the whole run (or DATABASE_URL's server); every spec file gets its own database, cloned
 * from this run's template databases (named with TEST_PG_TEMPLATE as prefix, built by the first spec that needs
 * one: see createTestDatabase). The random part keeps runs sharing a DATABASE_URL server apart.
 */
export default async function globalSetup(): Promise<void> {
  process.env.TEST_PG_TEMPLATE = `hl_tpl_${randomBytes(4).toString('hex')}`;
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_ADMIN_URL = process.env.DATABASE_URL;
    console.log(`\n[test] using PostgreSQL at DATABASE_URL`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'hazard-ledger-test-'));
  await chmod(dir, 0o755);
  const started = Date.now();
  const pg = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    port: await freePort(),
    password: 'test-password',
    database: 'postgres',
    durable: false,
  });
  process.env.TEST_PG_ADMIN_URL = pg.url('postgres');
  process.env.TEST_PG_DATA_DIR = dir;
  (globalThis as { __HL_PG__?: typeof pg }).__HL_PG__ = pg;
  console.log(`\n[test] embedded PostgreSQL started in ${Date.now() - started} ms (${dir})`);
}
