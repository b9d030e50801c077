import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnApp, waitFor } from '@hazard-ledger/testing';
import { aggregateIdFromKey } from '../../apps/api/src/shared/aggregate-id';

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('npm start (embedded default, no DATABASE_URL)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hazard-ledger-start-'));
    await chmod(dir, 0o755);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts PostgreSQL on an empty data directory with demo data, answers /health and /docs, and stops cleanly on SIGTERM', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const dataDir = join(dir, 'pg');
    const app = spawnApp('api', [], { PORT: String(port), PG_PORT: String(pgPort), PG_DATA_DIR: dataDir });
    try {
      const health = await waitFor(
        async () => {
          const res = await fetch(`http://127.0.0.1:${port}/health`);
          return res.status === 200
            ? ((await res.json()) as { status: string; info: Record<string, { status: string }> })
            : undefined;
        },
        90000,
        250,
      );
      expect(health.status).toBe('ok');
      expect(health.info.database.status).toBe('up');
      expect(health.info.eventStore.status).toBe('up');
      expect(await readdir(dataDir)).toContain('PG_VERSION');

      const token = await fetch(`http://127.0.0.1:${port}/auth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'leader.wang', password: 'Demo-2024!' }),
      });
      expect(token.status).toBe(200);
      const { access_token } = (await token.json()) as { access_token: string };
      const mine = await fetch(`http://127.0.0.1:${port}/mines/mine-demo-1`, {
        headers: { Authorization: `Bearer ${access_token}` },
      });
      expect(await mine.json()).toMatchObject({ status: 'Producing', jurisdiction: '140404' });
      // The demo hazards are seeded through the public API once the server listens.
      const majorDemo = aggregateIdFromKey('demo-h4-01', 'hazard');
      const hazard = await waitFor(
        async () => {
          const res = await fetch(`http://127.0.0.1:${port}/hazards/${majorDemo}`, {
            headers: { Authorization: `Bearer ${access_token}` },
          });
          const body = (await res.json()) as { hazard?: { status: string } };
          return body.hazard?.status === 'in_remediation' ? body.hazard : undefined;
        },
        30000,
        200,
      );
      expect(hazard.status).toBe('in_remediation');
      // A few 2023 hazards imported from "paper" at start, through the legacy import (apps/api/src/demo/demo-legacy.ts).
      expect(app.output()).toContain('演示历史记录 / demo legacy records');

      const docs = await fetch(`http://127.0.0.1:${port}/docs`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('swagger');
      // The web console (built by npm start's prestart) at the root.
      const consolePage = await fetch(`http://127.0.0.1:${port}/`);
      expect({ status: consolePage.status, page: await consolePage.text() }).toEqual({
        status: 200,
        page: expect.stringContaining('/console/assets/'),
      });
      const openapi = await fetch(`http://127.0.0.1:${port}/docs-json`);
      const cli = spawnApp('cli', ['verify', '--no-progress'], { PG_PORT: String(pgPort), PG_DATA_DIR: dataDir });
      const verified = { exit: await cli.exited, output: cli.output() };
      expect(verified.exit === 0 ? 0 : verified).toBe(0);
      expect(cli.output()).toContain('reusing the PostgreSQL already running');
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      expect(Object.keys(((await openapi.json()) as { paths: object }).paths)).toEqual(
        expect.arrayContaining([
          '/health',
          '/projections',
          '/auth/token',
          '/mines',
          '/hazards',
          '/hazards/{id}/site-reviews',
        ]),
      );
      // Demo seeding goes on after the hazards (inspections, documents, orders); stop only once it has finished.
      await waitFor(async () => (app.output().includes('API ready') ? true : undefined), 120_000, 200);
      expect(app.output()).toContain('演示执法计划 / demo enforcement plans');
    } finally {
      app.child.kill('SIGTERM');
    }
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain('SIGTERM');
    expect(await portOpen(pgPort)).toBe(false);
  }, 180_000); // initdb, migrations and demo seeding through the API: 56–87 s seen on a loaded 2-core machine

  it('refuses a bad configuration value with a clear message and exit code 1', async () => {
    const app = spawnApp('api', [], { PORT: 'not-a-port', PG_DATA_DIR: join(dir, 'unused') });
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(/配置无效 \/ Invalid configuration[\s\S]*"PORT" must be a number/);
  });
});
