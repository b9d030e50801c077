import { DemoClient } from './demo-client';

interface SuspensionItem {
  mineId: string;
  since: string;
  resumedAt: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The demo order's 停产 and 复产 times, from the board (its projection may trail the writes by a moment). */
const demoSuspension = async (c: DemoClient): Promise<SuspensionItem | undefined> => {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { items } = await c.get<{ items: SuspensionItem[] }>(
      'leader.wang',
      '/boards/mines-under-suspension?status=all&mineId=mine-demo-1',
    );
    const item = items.find((i) => i.mineId === 'mine-demo-1' && i.resumedAt !== null);
    if (item) return item;
    await sleep(200);
  }
  return undefined;
};

/**
 * One 人员定位 reading that shows people underground at mine-demo-1 while its 停产整顿 order stood, before the
 * 复产批准 (LB-17 lists it). Observed halfway between the two, so a second start sends the same body (idempotent).
 */
export const seedDemoProductionSignals = async (c: DemoClient): Promise<string> => {
  const suspension = await demoSuspension(c);
  if (!suspension?.resumedAt) return 'none (mine-demo-1 has no 复产 on the board)';
  const observedAt = new Date((Date.parse(suspension.since) + Date.parse(suspension.resumedAt)) / 2).toISOString();
  const { id } = await c.post('inspector.zhang', '/production-signals', 'demo-production-signal-1', {
    mineId: 'mine-demo-1',
    source: 'personnel_positioning',
    producing: true,
    observedAt,
    value: 14,
    unit: '人',
    reference: '人员定位系统 井下在岗记录 / positioning system underground roster',
    note: '停产整顿期间井下仍有 14 人作业 / 14 people underground while the order stood',
  });
  return id;
};
