import { aggregateIdFromKey } from '../shared/aggregate-id';
import { DemoClient } from './demo-client';
import { DEMO_ORDER_HAZARD_ID, seedDemoOrderHazard, signOffDemoOrderHazard } from './demo-order-hazard';

/**
 * The documents the demo order and approval cite: ids of signed 执法文书 of mine-demo-1 that the documents part
 * seeds — kind 'suspension_order' and 'resumption_approval', both naming DEMO_ORDER_HAZARD_ID.
 */
export interface DemoOrderDocuments {
  suspensionOrderId: string;
  resumptionApprovalId: string;
}

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

/** 停产整顿 on mine-demo-1 for the demo hazard, its 销号, then 复产 — only when the documents are given. */
const order = async (c: DemoClient, documents: DemoOrderDocuments): Promise<void> => {
  const { hazard } = await c.get<{ hazard: { status: string } }>('leader.wang', `/hazards/${DEMO_ORDER_HAZARD_ID}`);
  if (hazard.status !== 'major_determined') return;
  await c.post('inspector.zhang', '/mines/mine-demo-1/suspension', 'demo-order-1', {
    documentId: documents.suspensionOrderId,
    extent: 'full',
    reason: '主通风机停运仍组织生产，责令停产整顿 / producing without main ventilation',
    password: c.password,
  });
  await signOffDemoOrderHazard(c, '上应急销〔演示〕9号');
  await c.post('leader.wang', '/mines/mine-demo-1/resumption', 'demo-order-2', {
    documentId: documents.resumptionApprovalId,
    password: c.password,
  });
};

/** Grades, the 2024 and this year's plans, the order's hazard; the order and 复产 once the documents exist. */
export const seedDemoOrders = async (c: DemoClient, documents?: DemoOrderDocuments): Promise<string[]> => {
  await grade(c);
  const plans = [await plan(c, 2024), await plan(c, new Date().getFullYear())];
  await seedDemoOrderHazard(c);
  if (documents) await order(c, documents);
  return plans;
};
