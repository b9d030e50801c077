import { isAbsolute, resolve } from 'node:path';
import { HazardLedgerConfig } from './config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { serverMemorySettings } from './server-memory';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** DATABASE_URL when set; otherwise a real PostgreSQL started from the project's data directory. */
export const resolveDatabase = async (
  config: HazardLedgerConfig,
  log: (line: string) => void = () => undefined,
): Promise<ResolvedDatabase> => {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  const dataDir = isAbsolute(config.PG_DATA_DIR) ? config.PG_DATA_DIR : resolve(process.cwd(), config.PG_DATA_DIR);
  log(`启动内置 PostgreSQL / starting embedded PostgreSQL in ${dataDir} on port ${config.PG_PORT}`);
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: config.PG_PORT,
    password: config.PG_PASSWORD,
    database: 'hazard_ledger',
    settings: serverMemorySettings(),
    log: (line) => (config.LOG_LEVEL === 'debug' ? log(line) : undefined),
  });
  if (pg.reused)
    log(`已连接正在运行的内置 PostgreSQL / reusing the PostgreSQL already running on port ${config.PG_PORT}`);
  return { url: pg.url(), embedded: true, stop: pg.stop };
};
