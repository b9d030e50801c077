import { AddressInfo } from 'node:net';
import { demoClient } from '../../../apps/api/src/demo/demo-client';
import { seedDemoDuties } from '../../../apps/api/src/demo/demo-duties';
import { seedDemoDutiesB } from '../../../apps/api/src/demo/demo-duties-b';
import { ApiApp } from '../../support/api-app';
import { startWithDemoMines } from '../hazards/hazard-steps';

type Row = { status: string; result: string | null; ledByPrincipal: boolean | null };

describe('demo monthly checks and hot-work permits: through the public API, idempotent, every ledger filled', () => {
  let api: ApiApp;
  let baseUrl: string;
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    // As npm start seeds: the contractor a demo permit names is registered by the issue-14 demo first.
    await seedDemoDutiesB(demoClient(baseUrl));
  }, 60_000);
  afterAll(() => api.close());

  it('seeds a year of checks (two missing, one late, one not led by the principal, one with a hazard) and four permits, once', async () => {
    expect(await seedDemoDuties(demoClient(baseUrl))).toMatch(/^10 monthly checks .*, 4 new hot-work permits$/);
    const count = async () => (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
    const events = await count();
    expect(await seedDemoDuties(demoClient(baseUrl))).toMatch(/10 monthly checks .*, 0 new hot-work permits$/);
    expect(await count()).toBe(events);
    const [{ min }] = await api.db.query<{ min: string }>(
      `SELECT tx_id::text || '/' || global_position::text AS min FROM events ORDER BY global_position DESC LIMIT 1`,
    );
    const auth = await api.login('leader.wang');
    const wait = { Prefer: 'wait=30' };
    const register = await api.http
      .get(`/hot-work-permit-register?minPosition=${min}`)
      .set({ Authorization: auth, ...wait });
    expect(register.body.items.map((i: { status: string }) => i.status).sort()).toEqual([
      'approved',
      'cancelled',
      'finished',
      'requested',
    ]);
    const board = await api.http
      .get(`/boards/monthly-check?mineId=mine-demo-1&minPosition=${min}`)
      .set({ Authorization: auth, ...wait });
    const year = (board.body.rows as Row[]).slice(-14, -2);
    expect(year.filter((r) => r.status === 'missing')).toHaveLength(2);
    expect(year.filter((r) => r.status === 'done_late')).toHaveLength(1);
    expect(year.filter((r) => r.ledByPrincipal === false)).toHaveLength(1);
    expect(year.filter((r) => r.result === 'hazards_found')).toHaveLength(1);
  });
});
