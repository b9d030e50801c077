import { AddressInfo } from 'node:net';
import { streams } from '@hazard-ledger/domain';
import { demoClient } from '../../../apps/api/src/demo/demo-client';
import { DEMO_ORDER_HAZARD_ID } from '../../../apps/api/src/demo/demo-order-hazard';
import { demoPlanId, seedDemoOrders } from '../../../apps/api/src/demo/demo-orders';
import { ApiApp } from '../../support/api-app';
import { plantDocument } from '../../support/planted-documents';
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

  it('seeds plans and the order’s hazard without documents, then the order and 复产 once they are given; twice is once', async () => {
    const c = demoClient(baseUrl);
    await seedDemoOrders(c);
    expect(await mineEvents()).toEqual(['MineRegistered', 'MineRiskGradeChanged']);
    // What the documents part will seed (test-only provider until the merge): both naming the demo hazard.
    const documents = {
      suspensionOrderId: plantDocument('suspension_order', 'mine-demo-1', [DEMO_ORDER_HAZARD_ID], 'demo-order-doc')
        .documentId,
      resumptionApprovalId: plantDocument(
        'resumption_approval',
        'mine-demo-1',
        [DEMO_ORDER_HAZARD_ID],
        'demo-approval-doc',
      ).documentId,
    };
    await seedDemoOrders(c, documents);
    await seedDemoOrders(c, documents);
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
