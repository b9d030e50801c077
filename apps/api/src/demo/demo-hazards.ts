import { aggregateIdFromKey } from '../shared/aggregate-id';
import { EvidenceRef } from '@hazard-ledger/domain';
import { DemoClient } from './demo-client';
import { uploadDemoPhotos } from './demo-evidence';
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const discovery = (description: string, location: string, source: string, photo: EvidenceRef | undefined) => ({
  mineId: 'mine-demo-1',
  source,
  location,
  description,
  evidence: [photo],
  occurredAt: hoursAgo(6),
});

const report = {
  currentState: '采场东侧安全出口被废石堵塞，仅余一个出口',
  cause: '废石临时堆放未及时清运',
  severityAnalysis: '发生冒顶或火灾时人员无法撤离；清运需停产三天',
  remediationPlan: '停止采场作业，清运废石，修复梯子间',
};

/** A discovered hazard, a general hazard under rectification, a closed general hazard, a major hazard in remediation. */
export const seedDemoHazards = async (c: DemoClient): Promise<string[]> => {
  const ids = ['demo-h1-01', 'demo-h2-01', 'demo-h3-01', 'demo-h4-01'].map((key) => aggregateIdFromKey(key, 'hazard'));
  // Times in the bodies are relative to now, so a second start must not replay them (the key would not match).
  if (await c.exists('leader.wang', `/hazards/${ids[3]}`)) return ids;
  const p = (id: string, suffix: string) => `/hazards/${id}/${suffix}`;
  const signed = { password: c.password };
  const photos = await uploadDemoPhotos(c);

  const h1 = await c.post(
    'enterprise.staff',
    '/hazards',
    'demo-h1-01',
    discovery('主斜坡道照明不足', '主斜坡道 200m 处', 'self_check', photos.get('a1')),
  );

  const h2 = await c.post(
    'enterprise.staff',
    '/hazards',
    'demo-h2-01',
    discovery('配电硐室灭火器过期', '-120m 配电硐室', 'monthly_check', photos.get('b2')),
  );
  await c.post('enterprise.staff', p(h2.id, 'general-determination'), 'demo-h2-02', {});
  await c.post('enterprise.staff', p(h2.id, 'rectification-assignment'), 'demo-h2-03', {
    assignee: { id: 'u-enterprise-staff', name: '赵安全' },
    deadline: daysFromNow(7),
  });

  const h3 = await c.post(
    'enterprise.staff',
    '/hazards',
    'demo-h3-01',
    discovery('风门损坏未关闭', '-80m 回风巷', 'self_check', photos.get('c3')),
  );
  await c.post('enterprise.staff', p(h3.id, 'general-determination'), 'demo-h3-02', {});
  await c.post('enterprise.staff', p(h3.id, 'on-spot-rectification'), 'demo-h3-03', {
    afterEvidence: [photos.get('c4')],
    ...signed,
  });
  await c.post('enterprise.staff', p(h3.id, 'closure'), 'demo-h3-04', {});

  const h4 = await c.post(
    'enterprise.staff',
    '/hazards',
    'demo-h4-01',
    discovery(report.currentState, '-120m 中段 3# 采场', 'self_check', photos.get('d4')),
  );
  await c.post('enterprise.principal', p(h4.id, 'major-determination'), 'demo-h4-02', {
    clauseId: 'MHS2022-UG-01',
    ...signed,
  });
  for (const [recipient, receiver, n] of [
    ['regulator', 'inspector.zhang', 3],
    ['workers_congress', 'congress.rep', 5],
  ] as const) {
    await c.post('enterprise.principal', p(h4.id, 'dual-reports'), `demo-h4-0${n}`, {
      recipient,
      content: report,
      ...signed,
    });
    const { hazard } = await c.get<{ hazard: { major: { reports: Record<string, { hash: string }> } } }>(
      'inspector.zhang',
      `/hazards/${h4.id}`,
    );
    await c.post(receiver, p(h4.id, 'dual-report-receipts'), `demo-h4-0${n + 1}`, {
      recipient,
      reportHash: hazard.major.reports[recipient].hash,
    });
  }
  await c.post('leader.wang', p(h4.id, 'supervision-listing'), 'demo-h4-07', {
    level: 'county',
    unit: '上党区安全生产委员会办公室',
    supervisingOfficial: '王刚',
    deadline: daysFromNow(90),
    noticeNo: '上应急督〔2024〕3号',
    ...signed,
  });
  await c.post('enterprise.principal', p(h4.id, 'remediation-plans'), 'demo-h4-08', {
    responsibility: { unit: '采矿车间', person: '王建国' },
    measures: ['清运废石', '修复梯子间', '增设应急照明'],
    funds: { amount: 500000, source: '企业安全生产费用' },
    deadline: daysFromNow(60),
    contingencyPlan: '采场停止作业，设置警戒，井下人员经西侧出口撤离',
    contributors: ['u-enterprise-staff'],
  });
  await c.post('leader.wang', p(h4.id, 'remediation-plan-acceptance'), 'demo-h4-09', {});
  return [h1.id, h2.id, h3.id, h4.id];
};
