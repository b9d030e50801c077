import { aggregateIdFromKey } from '../shared/aggregate-id';
import { DemoClient } from './demo-client';
import { uploadDemoPhotos } from './demo-evidence';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const TEAM = [
  { userId: 'u-leader-wang', leader: true },
  { userId: 'u-inspector-zhang', leader: false },
  { userId: 'u-inspector-li', leader: false },
];
const SIGNERS = ['leader.wang', 'inspector.zhang', 'inspector.li'];
const NO_MAJOR = { result: 'no_major_hazard', summary: '未发现重大事故隐患 / no major hazard found' };

const recording = (mineId: string, kind: string, occurredAt: string, extra: object = {}) => ({
  mineId,
  kind,
  areas: ['-120m 中段', '主井提升系统', '总降压变电所'],
  team: TEAM,
  occurredAt,
  ...extra,
});

/** Records an inspection with its clauses and media, its result, and the signatures of `signers` (keys fixed). */
const inspect = async (c: DemoClient, key: string, body: object, result: object, signers: string[]) => {
  const { id } = await c.post('leader.wang', '/inspections', `${key}-01`, body);
  const p = (suffix: string) => `/inspections/${id}/${suffix}`;
  await c.post('inspector.zhang', p('clauses'), `${key}-02`, {
    clauses: [
      { clauseId: 'MHS2022-UG-01', note: '两个独立安全出口畅通 / two exits clear' },
      { clauseId: 'MHS2022-UG-02', note: '已抽查 / checked' },
    ],
  });
  await c.post('inspector.li', p('media'), `${key}-03`, {
    media: [
      {
        mediaId: `DSJ-${key}`,
        hash: key
          .padEnd(64, '0')
          .replace(/[^0-9a-f]/g, 'a')
          .slice(0, 64),
        alg: 'sm3',
        // Recorder footage is archived at the bureau; the demo cites it as an offline capture awaiting upload.
        pending: true,
      },
    ],
  });
  await c.post('inspector.li', p('knowledge-tests'), `${key}-04`, {
    people: [
      { name: '王建国', position: '矿长', score: 86 },
      { name: '赵安全', position: '安全员', score: 78 },
    ],
  });
  return { id, p, finish: () => finish(c, key, p, result, signers) };
};

const finish = async (c: DemoClient, key: string, p: (s: string) => string, result: object, signers: string[]) => {
  await c.post('leader.wang', p('result'), `${key}-06`, result);
  for (const [i, user] of signers.entries())
    await c.post(user, p('signatures'), `${key}-07-${i}`, { password: c.password });
};

/**
 * Four inspections by the district team (王刚 leading, 张明, 李强): a signed 四不两直 "no major hazard", a signed
 * late entry with its reason, a 重点督查 whose finding created a hazard linked both ways, and one left unsigned.
 */
export const seedDemoInspections = async (c: DemoClient): Promise<string[]> => {
  const last = aggregateIdFromKey('demo-i4-01', 'inspection');
  if (await c.exists('leader.wang', `/inspections/${last}`)) return [];
  const i1 = await inspect(c, 'demo-i1', recording('mine-demo-1', 'unannounced', hoursAgo(3)), NO_MAJOR, SIGNERS);
  await i1.finish();
  const late = { lateReason: '执法终端离线，回局补录 / recorder offline, entered at the bureau' };
  const i2 = await inspect(c, 'demo-i2', recording('mine-demo-2', 'random', hoursAgo(24 * 8), late), NO_MAJOR, SIGNERS);
  await i2.finish();
  const i3 = await inspect(c, 'demo-i3', recording('mine-demo-1', 'key_supervision', hoursAgo(2)), NO_MAJOR, SIGNERS);
  await c.post('inspector.zhang', i3.p('findings'), 'demo-i3-05', {
    clauseId: 'MHS2022-UG-20',
    location: '-120m 中段 主扇风机房',
    description: '主要通风机未连续运转，井下风量不足',
    evidence: [(await uploadDemoPhotos(c)).get('e5')],
    occurredAt: hoursAgo(1),
    password: c.password,
  });
  const found = {
    result: 'major_hazard_found',
    summary: '发现重大事故隐患 1 项（通风系统）/ one major hazard (ventilation)',
  };
  await finish(c, 'demo-i3', i3.p, found, SIGNERS);
  const i4 = await inspect(c, 'demo-i4', recording('mine-demo-2', 'special', hoursAgo(5)), NO_MAJOR, ['leader.wang']);
  await i4.finish();
  return [i1.id, i2.id, i3.id, i4.id];
};
