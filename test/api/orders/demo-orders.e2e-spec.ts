import { AddressInfo } from 'node:net';
import { streams } from '@hazard-ledger/domain';
import { demoClient } from '../../../apps/api/src/demo/demo-client';
import { demoPlanId, seedDemoOrders } from '../../../apps/api/src/demo/demo-orders';
import { ApiApp } from '../../support/api-app';
import { startWithDemoMines } from '../hazards/hazard-steps';

describe('demo data: grades, annual plans, a 停产整顿 order and its 复产 (through the public API)', () => {
  let api: ApiApp;
  let baseUrl: string;

  beforeAll(async () => {
    api = await startWithDemoMines();
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => api.close());

  const mineEvents = async () =>
    (
      await api.db.query<{ type: string }>(`SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_position`, [
        streams.mine('mine-demo-1'),
      ])
    ).map((r) => r.type);

  it('seeds plans, a signed 停产整顿指令 and the order, the hazard’s 销号, a signed 复产批准 and 复产; twice is once', async () => {
    const c = demoClient(baseUrl);
    await seedDemoOrders(c);
    const events = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`);
    await seedDemoOrders(c);
    expect(await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`)).toEqual(events);
    expect(await mineEvents()).toEqual([
      'MineRegistered',
      'MineRiskGradeChanged',
      'MineProductionSuspended',
      'MineProductionResumed',
    ]);
    for (const year of [2024, new Date().getFullYear()]) {
      const plan = await c.get<{ status: string; items: unknown[] }>(
        'leader.wang',
        `/enforcement-plans/${demoPlanId(year)}`,
      );
      expect(plan).toMatchObject({ status: 'Approved', items: [expect.anything(), expect.anything()] });
    }
  });
});
