import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { freePort } from '@hazard-ledger/database';

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  /** The exit code or signal if the API has ended on its own, with its last output lines. */
  ended(): string | undefined;
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  /** The compiled API entry point (dist/apps/api/src/main.js of this or another build). */
  main: string;
  databaseUrl: string;
  /** Shared by every API process of one bench run, so a user's token stays valid across them. */
  jwtSecret: string;
  /** Directory for a V8 CPU profile of the API (node --cpu-prof), written when it stops. */
  cpuProfileDir?: string;
}

const READY_TIMEOUT_MS = 120_000;

const waitForHealth = async (baseUrl: string, child: ChildProcess, tail: () => string): Promise<void> => {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API 进程已退出 / the API exited (${child.exitCode}):\n${tail()}`);
    const ok = await fetch(`${baseUrl}/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`API 未就绪 / the API was not ready within ${READY_TIMEOUT_MS} ms:\n${tail()}`);
};

/** This build's compiled API. */
export const builtApiMain = (): string => resolve(__dirname, '..', '..', '..', 'api', 'src', 'main.js');

/**
 * The compiled API as a deployment runs it: its own process, the bench's database, projections running in it,
 * no demo data, a free port.
 */
export const startApiProcess = async (o: ApiProcessOptions): Promise<ApiProcess> => {
  const port = await freePort();
  const flags = o.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${o.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...flags, o.main], {
    env: {
      ...process.env,
      DATABASE_URL: o.databaseUrl,
      RUN_PROJECTIONS: 'true',
      DEMO_DATA: 'false',
      PORT: String(port),
      JWT_SECRET: o.jwtSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    await waitForHealth(baseUrl, child, () => lines.join('\n'));
  } catch (error) {
    await stop();
    throw error;
  }
  const ended = () =>
    child.exitCode !== null || child.signalCode !== null
      ? `exit ${child.exitCode ?? child.signalCode}:\n${lines.join('\n')}`
      : undefined;
  return { baseUrl, pid: child.pid ?? -1, ended, stop };
};
