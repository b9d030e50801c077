import { cpus, totalmem } from 'node:os';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  createDatabaseIfMissing,
  freePort,
  serverMemorySettings,
  startEmbeddedPostgres,
} from '@hazard-ledger/database';
import { Calibration, calibrate } from '../calibration';

export interface BenchServer {
  url(database: string): string;
  settings: Record<string, string>;
  checkpoint(): Promise<void>;
  /** Fixed CPU work timed in Node and in this server: how fast the machine is right now. */
  calibrate(): Promise<Calibration>;
  stop(): Promise<void>;
}

const SHOWN = [
  'server_version',
  'fsync',
  'synchronous_commit',
  'wal_sync_method',
  'commit_delay',
  'shared_buffers',
  'work_mem',
];

const withClient = async <T>(url: string, use: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
};

const showSettings = (url: string): Promise<Record<string, string>> =>
  withClient(url, async (client) => {
    const settings: Record<string, string> = {};
    for (const name of SHOWN) {
      const { rows } = await client.query<Record<string, string>>(`SHOW ${name}`);
      settings[name] = Object.values(rows[0])[0];
    }
    return settings;
  });

/**
 * One durable embedded PostgreSQL with npm start's memory settings, one database per writer kind; in a throw-away
 * directory, or in `keepDir` (kept after the run, so a loaded dataset can be measured again).
 */
export const startBenchServer = async (databases: string[], keepDir?: string): Promise<BenchServer> => {
  const dir = keepDir ?? (await mkdtemp(join(tmpdir(), 'hazard-ledger-bench-')));
  await mkdir(dir, { recursive: true });
  // As root the server runs as "postgres", which must be able to enter the directory.
  await chmod(dir, 0o755);
  const logTail: string[] = [];
  const log = (line: string): void => {
    if (logTail.push(line) > 20) logTail.shift();
  };
  const cleanup = () => (keepDir ? Promise.resolve() : rm(dir, { recursive: true, force: true }));
  let pg: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  try {
    pg = await startEmbeddedPostgres({
      dataDir: join(dir, 'data'),
      port: await freePort(),
      password: 'bench',
      database: databases[0],
      durable: true,
      settings: serverMemorySettings(),
      log,
    });
    for (const db of databases.slice(1)) await createDatabaseIfMissing(pg.url('postgres'), db);
    const settings = await showSettings(pg.url(databases[0]));
    const running = pg;
    return {
      url: (db) => running.url(db),
      settings,
      // Each phase starts right after a checkpoint, so none of them pays for another's dirty pages.
      checkpoint: () => withClient(running.url('postgres'), (c) => c.query('CHECKPOINT').then(() => undefined)),
      calibrate: () => withClient(running.url('postgres'), (c) => calibrate((sql) => c.query(sql))),
      stop: async () => {
        await running.stop().finally(cleanup);
      },
    };
  } catch (error) {
    process.stderr.write(`PostgreSQL log (last lines):\n${logTail.join('\n')}\n`);
    await pg?.stop().catch(() => undefined);
    await cleanup();
    throw error;
  }
};

/** The machine lines every benchmark prints before its own run line, so results can be compared across runs. */
export const printMachine = (server: BenchServer, title: string, run: string): void => {
  const cpu = cpus();
  const s = server.settings;
  console.log(title);
  console.log(`  CPU:      ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`);
  console.log(`  Memory:   ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
  console.log(`  Node:     ${process.version}`);
  console.log(
    `  Postgres: ${s.server_version} (embedded), fsync=${s.fsync}, synchronous_commit=${s.synchronous_commit}, ` +
      `wal_sync_method=${s.wal_sync_method}, commit_delay=${s.commit_delay}, shared_buffers=${s.shared_buffers}, ` +
      `work_mem=${s.work_mem}`,
  );
  console.log(`  Run:      ${run}`);
};
