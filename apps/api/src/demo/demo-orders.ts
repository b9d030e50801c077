import { aggregateIdFromKey } from '../shared/aggregate-id';
import { DemoClient } from './demo-client';
import { DEMO_ORDER_HAZARD_ID, seedDemoOrderHazard, signOffDemoOrderHazard } from './demo-order-hazard';

export const demoPlanId = (year: number): string => aggregateIdFromKey(`demo-plan-${year}`, 'enforcement-plan');

const grade = async (c: DemoClient) => {
  // Graded once: a grade change that changes nothing is refused, so a second start must not send it again.
  const mine = await c.get<{ riskGrade: string | null }>('leader.wang', '/mines/mine-demo-1');
  if (mine.riskGrade !== null) return;
  const reason = { reason: '年度安全风险分级评定 / annual risk grading' };
  await c.post('leader.wang', '/mines/mine-demo-1/risk-grade', 'demo-grade-1', { grade: 'D', ...reason });
  await c.post('leader.wang', '/mines/mine-demo-2/risk-grade', 'demo-grade-2', { grade: 'B', ...reason });
};

/** An approved annual plan for each year: every demo mine at its grade's frequency (under the cap of 12). */
const plan = async (c: DemoClient, year: number): Promise<string> => {
  const id = demoPlanId(year);
  if (await c.exists('leader.wang', `/enforcement-plans/${id}`)) return id;
  await c.post('inspector.zhang', '/enforcement-plans', `demo-plan-${year}`, {
    jurisdiction: '140404',
    year,
    frequencyPerGrade: { A: 1, B: 2, C: 4, D: 6 },
    mines: [{ mineId: 'mine-demo-1' }, { mineId: 'mine-demo-2' }],
  });
  await c.post('leader.wang', `/enforcement-plans/${id}/approval`, `demo-plan-${year}-approval`, {
    decision: year < new Date().getFullYear() ? 'filed' : 'approved',
    decisionNo: `上应急发〔${year}〕3号`,
  });
  return id;
};

/** A signed 执法文书 of mine-demo-1 naming the demo hazard; 法制审核 first where its kind needs it (停产整顿指令). */
const signedDocument = async (c: DemoClient, key: string, kind: string, docNo: string, content: object) => {
  const { id } = await c.post('inspector.zhang', '/documents', `${key}-1`, {
    kind,
    docNo,
    mineId: 'mine-demo-1',
    hazardIds: [DEMO_ORDER_HAZARD_ID],
    content,
  });
  if (kind === 'suspension_order')
    await c.post('inspector.li', `/documents/${id}/legal-review`, `${key}-2`, {
      conclusion: 'approved',
      opinion: '事实清楚，依据充分 / facts clear, basis sufficient',
    });
  await c.post('leader.wang', `/documents/${id}/signature`, `${key}-3`, { password: c.password });
  return id;
};

/** 停产整顿 on mine-demo-1 for the demo hazard (a signed 停产整顿指令), its 销号, then a signed 复产批准 and 复产. */
const order = async (c: DemoClient): Promise<void> => {
  const { hazard } = await c.get<{ hazard: { status: string } }>('leader.wang', `/hazards/${DEMO_ORDER_HAZARD_ID}`);
  if (hazard.status !== 'major_determined') return;
  const orderId = await signedDocument(c, 'demo-order-doc', 'suspension_order', '(上)应急停〔演示〕1号', {
    facts: '主通风机停运仍组织生产 / producing without main ventilation',
    decision: '责令全矿停产整顿 / the whole mine to stop and rectify',
  });
  await c.post('inspector.zhang', '/mines/mine-demo-1/suspension', 'demo-order-1', {
    documentId: orderId,
    extent: 'full',
    reason: '主通风机停运仍组织生产，责令停产整顿 / producing without main ventilation',
    password: c.password,
  });
  await signOffDemoOrderHazard(c, '上应急销〔演示〕9号');
  const approvalId = await signedDocument(c, 'demo-approval-doc', 'resumption_approval', '(上)应急复〔演示〕1号', {
    facts: '隐患已销号，经现场核查具备复产条件 / hazard signed off; site review found the mine fit to resume',
    decision: '同意恢复生产 / production may resume',
  });
  await c.post('leader.wang', '/mines/mine-demo-1/resumption', 'demo-order-2', {
    documentId: approvalId,
    password: c.password,
  });
};

/** Grades, the 2024 and this year's plans, the order's hazard, the 停产整顿 order and its 复产 (idempotent). */
export const seedDemoOrders = async (c: DemoClient): Promise<string[]> => {
  await grade(c);
  const plans = [await plan(c, 2024), await plan(c, new Date().getFullYear())];
  await seedDemoOrderHazard(c);
  await order(c);
  return plans;
};
