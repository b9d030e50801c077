import { Logger } from '@nestjs/common';
import { aggregateIdFromKey } from '../shared/aggregate-id';
import { DemoClient, demoClient } from './demo-client';
import { DEMO_INSPECTION_ID } from './demo-documents';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const tipId = (key: string) => aggregateIdFromKey(key, 'tip');
const DOCUMENT = aggregateIdFromKey('demo-d1-01', 'document');
const PENALTY = aggregateIdFromKey('demo-p1-01', 'penalty');
const FAKE_NAMED = { anonymous: false, internal: true, name: '演示举报人', phone: '13000000001' };

const intake = (reporter: object, receivedAt: string, content: string) => ({
  channel: 'hotline_12350',
  receivedAt,
  content,
  category: 'major_hazard',
  mineId: 'mine-demo-1',
  reporter,
});

/** 受理 → 交办 → 核实 → 办理 → 反馈 as the district does it: 张明 accepts, 王刚 assigns, 李强 verifies and answers. */
const handled = async (c: DemoClient, key: string, id: string, finding: string, fined: boolean) => {
  const p = (suffix: string) => `/tips/${id}/${suffix}`;
  await c.post('inspector.zhang', p('acceptance'), `${key}-02`, {});
  await c.post('leader.wang', p('assignment'), `${key}-03`, { assigneeId: 'u-inspector-li' });
  const inspectionId = DEMO_INSPECTION_ID as string;
  await c.post('inspector.li', p('verification'), `${key}-04`, {
    inspectionId,
    finding,
    summary: '现场核实 / verified on site',
  });
  const links = fined ? { documentIds: [DOCUMENT], penaltyIds: [PENALTY] } : { documentIds: [], penaltyIds: [] };
  await c.post('inspector.li', p('handling'), `${key}-05`, { hazardIds: [], ...links, summary: '依法处理 / handled' });
  await c.post('inspector.li', p('feedback'), `${key}-06`, {
    conclusion: finding === 'false' ? '不属实' : finding === 'true' ? '属实' : '部分属实',
    facts: '-120m 中段 3# 采场安全出口情况已现场核实',
    decision: fined ? '责令整改，对单位及主要负责人罚款' : '不予处理',
    rewardEligible: finding !== 'false',
  });
};

/**
 * Demo 举报 through the public API (idempotent): an anonymous tip taken to a paid reward (its claim code is logged on
 * the first start only: only its hash is kept), a named internal tip with an objection and a 复查, a tip left
 * unaccepted past its 受理 deadline, and one closed 不属实 that a later inspection proved true.
 */
export const seedDemoTips = async (
  c: DemoClient,
): Promise<{ ids: string[]; anonymous?: { tipNo: string; claimCode?: string } }> => {
  const ids = ['demo-t1', 'demo-t2', 'demo-t3', 'demo-t4'].map((k) => tipId(`${k}-01`));
  if (await c.exists('leader.wang', `/tips/${ids[3]}`)) return { ids };
  const anonymous = (await c.post(
    'inspector.zhang',
    '/tips',
    'demo-t1-01',
    intake({ anonymous: true, internal: false }, hoursAgo(30), '3# 采场只有一个安全出口，另一出口被废石堵塞'),
  )) as { id: string; tipNo: string; claimCode?: string };
  await handled(c, 'demo-t1', ids[0], 'true', true);
  await c.post('leader.wang', `/tips/${ids[0]}/reward`, 'demo-t1-07', { level: 'first' });
  await c.post('leader.wang', `/tips/${ids[0]}/reward/payment`, 'demo-t1-08', {
    voucherNo: '上应急奖〔2024〕1号',
    ...(anonymous.claimCode ? { claimCode: anonymous.claimCode } : {}),
  });

  await c.post(
    'inspector.zhang',
    '/tips',
    'demo-t2-01',
    intake(FAKE_NAMED, hoursAgo(28), '井下主扇时常停机，班组长要求瞒报'),
  );
  await handled(c, 'demo-t2', ids[1], 'partly_true', false);
  await c.post('inspector.zhang', `/tips/${ids[1]}/objections`, 'demo-t2-07', {
    objection: '认为处理过轻 / the decision is too lenient',
    receivedAt: new Date().toISOString(),
  });
  await c.post('leader.city', `/tips/${ids[1]}/re-review`, 'demo-t2-08', {
    outcome: 'upheld',
    finding: 'partly_true',
    summary: '复查维持 / upheld',
  });
  await c.post('leader.wang', `/tips/${ids[1]}/accountability`, 'demo-t2-09', {
    caseNo: '上应急追〔2024〕1号',
    against: 'enterprise',
    summary: '班组长要求瞒报主扇停机 / the team leader ordered the stoppages hidden',
  });

  await c.post(
    'inspector.zhang',
    '/tips',
    'demo-t3-01',
    intake({ anonymous: true, internal: false }, hoursAgo(24 * 8), '排土场边坡出现裂缝'),
  );

  await c.post(
    'inspector.zhang',
    '/tips',
    'demo-t4-01',
    intake({ anonymous: true, internal: false }, hoursAgo(26), '主井提升钢丝绳断丝超限'),
  );
  await handled(c, 'demo-t4', ids[3], 'false', false);
  await c.post('leader.wang', `/tips/${ids[3]}/later-evidence`, 'demo-t4-07', {
    kind: 'inspection',
    evidenceId: DEMO_INSPECTION_ID as string,
    summary: '后续检查证实 / a later inspection proved it',
  });
  return { ids, anonymous: { tipNo: anonymous.tipNo, claimCode: anonymous.claimCode } };
};

/** Seeds the demo tips and says how to try the reporter's follow-up. */
export const seedDemoTipsOverHttp = async (baseUrl: string, logger: Logger): Promise<void> => {
  const { ids, anonymous } = await seedDemoTips(demoClient(baseUrl));
  const followUp = anonymous?.claimCode
    ? `; anonymous tip ${anonymous.tipNo}, claim code ${anonymous.claimCode} (POST /tips/follow-up; shown this once)`
    : '';
  logger.log(`演示举报 / demo tips: ${ids.join(', ')} (GET /tips-board, /tips/<id>)${followUp}`);
};
