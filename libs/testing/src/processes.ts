import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../../..');

/** The compiled apps (built by `pretest`), so tests run exactly what `npm start` runs. */
export const distEntry = (app: 'api' | 'projector' | 'cli') => resolve(repoRoot, `dist/apps/${app}/src/main.js`);

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export const spawnApp = (
  app: 'api' | 'projector' | 'cli',
  args: string[],
  env: Record<string, string | undefined>,
): Spawned => {
  const baseEnv = { ...process.env };
  delete baseEnv.DATABASE_URL;
  const child = spawn(process.execPath, [distEntry(app), ...args], { cwd: repoRoot, env: { ...baseEnv, ...env } });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
};
