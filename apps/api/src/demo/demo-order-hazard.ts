import { aggregateIdFromKey } from '../shared/aggregate-id';
import { DemoClient } from './demo-client';
import { uploadDemoPhotos } from './demo-evidence';

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const digest = (seed: string) => seed.repeat(64).slice(0, 64);

/** The major hazard the demo 停产整顿 order names: its id is fixed, so the documents can name it before it exists. */
export const DEMO_ORDER_HAZARD_ID = aggregateIdFromKey('demo-o1-01', 'hazard');

const report = {
  currentState: '-200m 中段主通风机停运，采场风量不足',
  cause: '主扇电机烧毁，备用风机未安装',
  severityAnalysis: '井下有害气体积聚，可能造成中毒窒息；须停产恢复通风',
  remediationPlan: '停产撤人，更换主扇电机，安装备用风机，检测风量合格后复产',
};

/** Self-reported by the enterprise and determined major (UG-20 通风) under the principal's signature. */
export const seedDemoOrderHazard = async (c: DemoClient): Promise<string> => {
  if (await c.exists('leader.wang', `/hazards/${DEMO_ORDER_HAZARD_ID}`)) return DEMO_ORDER_HAZARD_ID;
  const { id } = await c.post('enterprise.staff', '/hazards', 'demo-o1-01', {
    mineId: 'mine-demo-1',
    source: 'self_check',
    location: '-200m 中段主通风机房',
    description: '主通风机停运，采场风量不足仍组织生产',
    evidence: [(await uploadDemoPhotos(c)).get('e5')],
    occurredAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
  });
  await c.post('enterprise.principal', `/hazards/${id}/major-determination`, 'demo-o1-02', {
    clauseId: 'MHS2022-UG-20',
    password: c.password,
  });
  return id;
};

/** The existing hazard steps from 双报告 to 销号, as the demo users would take them (idempotent by key). */
export const signOffDemoOrderHazard = async (c: DemoClient, decisionNo: string): Promise<void> => {
  const id = DEMO_ORDER_HAZARD_ID;
  const p = (suffix: string) => `/hazards/${id}/${suffix}`;
  const signed = { password: c.password };
  for (const [recipient, receiver] of [
    ['regulator', 'inspector.zhang'],
    ['workers_congress', 'congress.rep'],
  ] as const) {
    await c.post('enterprise.principal', p('dual-reports'), `demo-o1-report-${recipient}`, {
      recipient,
      content: report,
      ...signed,
    });
    const { hazard } = await c.get<{ hazard: { major: { reports: Record<string, { hash: string }> } } }>(
      'inspector.zhang',
      `/hazards/${id}`,
    );
    await c.post(receiver, p('dual-report-receipts'), `demo-o1-receipt-${recipient}`, {
      recipient,
      reportHash: hazard.major.reports[recipient].hash,
    });
  }
  await c.post('leader.wang', p('supervision-listing'), 'demo-o1-03', {
    level: 'county',
    unit: '上党区安全生产委员会办公室',
    supervisingOfficial: '王刚',
    deadline: daysFromNow(90),
    noticeNo: '上应急督〔演示〕7号',
    ...signed,
  });
  await c.post('enterprise.principal', p('remediation-plans'), 'demo-o1-04', {
    responsibility: { unit: '机电车间', person: '王建国' },
    measures: ['更换主扇电机', '安装备用风机', '风量检测'],
    funds: { amount: 300000, source: '企业安全生产费用' },
    deadline: daysFromNow(30),
    contingencyPlan: '停产撤人，设置警戒，局部通风机临时供风',
    contributors: ['u-enterprise-staff'],
  });
  await c.post('leader.wang', p('remediation-plan-acceptance'), 'demo-o1-05', {});
  await c.post('enterprise.staff', p('evaluation'), 'demo-o1-06', {
    evaluator: { name: '山西示范安全评价有限公司', qualification: 'APJ-(晋)-001' },
    reportHash: digest('e5'),
    conclusion: 'passed',
  });
  await c.post('enterprise.principal', p('sign-off-request'), 'demo-o1-07', signed);
  const review = { findings: '主扇运行正常，风量检测合格', conclusion: 'passed', ...signed };
  await c.post('inspector.zhang', p('site-reviews'), 'demo-o1-08', review);
  await c.post('inspector.li', p('site-reviews'), 'demo-o1-09', review);
  // 销号 by a leader who neither accepted the plan nor reviewed the site (separation of duties).
  await c.post('leader.zhao', p('sign-off'), 'demo-o1-10', { decisionNo, ...signed });
};
