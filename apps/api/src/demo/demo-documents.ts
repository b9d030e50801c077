import { aggregateIdFromKey } from '../shared/aggregate-id';
import { DemoClient } from './demo-client';

/** The demo inspection the documents cite: the 重点督查 of mine-demo-1 (张明 on its team), seeded before them. */
export const DEMO_INSPECTION_ID: string | null = aggregateIdFromKey('demo-i3-01', 'inspection');

const MINE = 'mine-demo-1';
const BASIS = '安全生产法第一百零一条';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const draft = (kind: string, docNo: string, content: Record<string, string>, inspectionId?: string) => ({
  kind,
  docNo,
  mineId: MINE,
  ...(inspectionId ? { inspectionId } : {}),
  hazardIds: [],
  content,
});

const decision = {
  facts: '2024年5月检查发现 -120m 中段 3# 采场仅有一个安全出口，重大事故隐患未按规定排查治理',
  basis: BASIS,
  penalty: '对单位罚款十五万元，对主要负责人罚款三万元',
};

/**
 * 行政处罚决定书 drafted, legally reviewed, signed by the leader, served, penalties decided on it (signed by the
 * leader), then amended after service (flagged; no longer in force until re-reviewed and re-signed);
 * a 立案审批表 left in draft (never served); a 一案双罚 penalty (the company has paid) and a company-only one.
 */
export const seedDemoDocuments = async (c: DemoClient): Promise<string[]> => {
  const keys = ['demo-d1-01', 'demo-d2-01'];
  const [d1, d2] = keys.map((key) => aggregateIdFromKey(key, 'document'));
  if (await c.exists('leader.wang', `/documents/${d2}`)) return [d1, d2];
  const p = (id: string, suffix: string) => `/documents/${id}/${suffix}`;
  const inspection = DEMO_INSPECTION_ID ?? undefined;

  await c.post(
    'inspector.zhang',
    '/documents',
    'demo-d1-01',
    // Not tied to the demo inspection: 李强 reviews it below, and a team member may not review (法制审核).
    draft('penalty_decision', '(上)应急罚〔2024〕1号', decision),
  );
  await c.post('inspector.li', p(d1, 'legal-review'), 'demo-d1-02', {
    conclusion: 'approved',
    opinion: '事实清楚，证据确凿，适用依据正确',
  });
  await c.post('leader.wang', p(d1, 'signature'), 'demo-d1-03', { password: c.password });
  await c.post('inspector.zhang', p(d1, 'service'), 'demo-d1-04', {
    method: 'in_person',
    recipient: '王建国（矿长）',
    servedAt: minutesAgo(30),
  });

  const target = (targetId: string, kind: string, name: string, amountYuan: number) => ({
    targetId,
    kind,
    name,
    amountYuan,
    legalBasis: BASIS,
  });
  const company = target('t1', 'company', '长治市上党区示范矿业有限公司', 150000);
  const dual = await c.post('leader.wang', '/penalties', 'demo-p1-01', {
    mineId: MINE,
    documentId: d1,
    hazardIds: [],
    targets: [company, target('t2', 'principal', '王建国', 30000)],
    password: c.password,
  });
  await c.post('inspector.zhang', `/penalties/${dual.id}/payments`, 'demo-p1-02', {
    targetId: 't1',
    amountYuan: 150000,
    paidAt: minutesAgo(10),
    receiptNo: '晋财缴〔2024〕0012345',
  });
  await c.post('leader.wang', '/penalties', 'demo-p2-01', {
    mineId: MINE,
    documentId: d1,
    hazardIds: [],
    targets: [company],
    password: c.password,
  });
  // Amended after service, once the penalties were decided on it: flagged, and out of force until re-signed.
  await c.post('inspector.zhang', p(d1, 'amendments'), 'demo-d1-05', {
    content: { ...decision, facts: decision.facts.replace('2024年5月', '2024年5月10日') },
    reason: '补正检查日期 /检查日期笔误',
  });

  if (inspection) {
    const order = { facts: '-220m 中段通风不良', measures: '限期 30 日整改' };
    const d3 = await c.post(
      'inspector.zhang',
      '/documents',
      'demo-d3-01',
      draft('rectification_order', '(上)应急责改〔2024〕2号', order, inspection),
    );
    await c.post('inspector.zhang', p(d3.id, 'signature'), 'demo-d3-02', { password: c.password });
    await c.post('inspector.zhang', p(d3.id, 'service'), 'demo-d3-03', {
      method: 'in_person',
      recipient: '王建国（矿长）',
      servedAt: minutesAgo(5),
    });
  }
  // Last: its existence tells a second start that everything above was seeded.
  await c.post(
    'inspector.zhang',
    '/documents',
    'demo-d2-01',
    draft('case_approval', '(上)应急立〔2024〕1号', { facts: decision.facts, basis: BASIS }),
  );
  return [d1, d2];
};
