import { ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * Command latency through HTTP against a compiled API (any build: pass its dist folder), so the same script times
 * the write path before and after a change. Starts the API on its own embedded PostgreSQL with the demo data,
 * discovers `hazards` hazards, then times `count` sequential and `count` concurrent description amendments spread
 * over them. Prints one JSON line. Usage:
 *   node dist/apps/bench/src/commands/command-latency.js <dist> [pgPort] [port] [count] [hazards] [concurrency]
 */
interface Options {
  dist: string;
  pgPort: number;
  port: number;
  count: number;
  hazards: number;
  concurrency: number;
}

const percentile = (sorted: number[], p: number): number =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50_ms: percentile(sorted, 50), p95_ms: percentile(sorted, 95), p99_ms: percentile(sorted, 99) };
};

const startApi = (o: Options): ChildProcess => {
  const dataDir = `/tmp/command-latency-pg-${o.pgPort}`;
  rmSync(dataDir, { recursive: true, force: true });
  const env = { ...process.env, PG_PORT: String(o.pgPort), PORT: String(o.port), PG_DATA_DIR: dataDir };
  return spawn(process.execPath, [resolve(o.dist, 'apps/api/src/main.js')], {
    env: { ...env, DEMO_DATA: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
};

const waitUntilUp = async (base: string): Promise<void> => {
  for (let i = 0; i < 600; i += 1) {
    const up = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('API did not start');
};

const client = (base: string, token: string) => async (path: string, body: object) => {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { id?: string };
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return { ms: performance.now() - started, id: json.id as string };
};

const discovery = () => ({
  mineId: 'mine-demo-1',
  source: 'self_check',
  location: '-120m 中段 3# 采场',
  description: '采场东侧安全出口被废石堵塞',
  // A made-up digest, so cited as a pending upload (offline capture): the bench measures commands, not uploads.
  evidence: [{ hash: 'a1'.repeat(32), alg: 'sm3', name: 'exit.jpg', mime: 'image/jpeg', pending: true }],
  occurredAt: new Date(Date.now() - 60_000).toISOString(),
});

const amendment = (n: number) => ({ next: `描述修订 ${n} / amended ${n}`, reason: '补充现场核实情况 / details' });

const login = async (base: string): Promise<string> => {
  const res = await fetch(`${base}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'enterprise.staff', password: 'Demo-2024!' }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
};

/** Discovers the hazards, then amends them round-robin: `count` one after another, `count` `concurrency` at a time. */
const measure = async (post: ReturnType<typeof client>, o: Options) => {
  const discovered: number[] = [];
  const ids: string[] = [];
  for (let i = 0; i < o.hazards; i += 1) {
    const { ms, id } = await post('/hazards', discovery());
    discovered.push(ms);
    ids.push(id);
  }
  const amend = (n: number) => post(`/hazards/${ids[n % ids.length]}/description-amendment`, amendment(n));
  const sequential: number[] = [];
  for (let n = 0; n < o.count; n += 1) sequential.push((await amend(n)).ms);
  const concurrent: number[] = [];
  let next = o.count;
  const worker = async () => {
    while (next < 2 * o.count) concurrent.push((await amend(next++)).ms);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  const perSecond = Math.round(o.count / ((performance.now() - started) / 1000));
  return {
    discover: summary(discovered),
    sequential: summary(sequential),
    concurrent: { ...summary(concurrent), concurrency: o.concurrency, per_s: perSecond },
  };
};

const run = async (o: Options): Promise<void> => {
  const base = `http://127.0.0.1:${o.port}`;
  const api = startApi(o);
  try {
    await waitUntilUp(base);
    const figures = await measure(client(base, await login(base)), o);
    process.stdout.write(`${JSON.stringify({ bench: 'commands', ...figures })}\n`);
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
};

const [dist = 'dist', pgPort = '55471', port = '3471', count = '300', hazards = '30', concurrency = '10'] =
  process.argv.slice(2);
void run({
  dist,
  pgPort: Number(pgPort),
  port: Number(port),
  count: Number(count),
  hazards: Number(hazards),
  concurrency: Number(concurrency),
});
