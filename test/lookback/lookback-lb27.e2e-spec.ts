import { ApiApp } from '../support/api-app';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter } from './lookback-support';

const LB27 = 'LB-27-exam-items-overdue';
const DAY_MS = 86_400_000;
const day = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** LB-27 over HTTP: an open item (and a rectified, unclosed one) past their deadline at a later cut; a closed item is clean. */
describe('look-back LB-27 (体检式精查 items past their deadline)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  let campaign = '';
  let clean = '';

  const items = (deadline: string) => [
    { itemId: 'item-open', item: '边坡稳定性分析与评价', owner: '孙技术', deadline },
    { itemId: 'item-fixed', item: '排水系统', owner: '钱队长', deadline },
    { itemId: 'item-closed', item: '安全管理机构设置与运行', owner: '赵矿长', deadline },
  ];
  const launch = async (mineId: string, title: string) =>
    (await plant.post('leader.wang', '/exam-campaigns', { mineId, title, items: items(day(30)) }, 201)).id;
  const on = (id: string, itemId: string, step: string) => `/exam-campaigns/${id}/items/${itemId}/${step}`;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    campaign = await launch('mine-demo-1', '2026 年体检式精查');
    await plant.post('inspector.zhang', on(campaign, 'item-fixed', 'finding'), { finding: '排水泵不足' });
    await plant.post('enterprise.principal', on(campaign, 'item-fixed', 'rectification'), {
      rectification: '增设 2 台',
    });
    await plant.post('leader.wang', on(campaign, 'item-closed', 'closure'), { note: '复查合格，销项' });
    // The clean record: a campaign at another mine whose every item was closed.
    clean = await launch('mine-demo-2', '2026 年体检式精查（已销项）');
    for (const { itemId } of items(''))
      await plant.post('leader.wang', on(clean, itemId, 'closure'), { note: '复查合格，销项' });
  });
  afterAll(() => api.close());

  it('now: no deadline has passed, so nothing is listed', async () => {
    const { rows, cut } = await lookback(api, LB27, {}, plant.lastPosition());
    expect(rows).toEqual([]);
    expect(cut.throughPosition).not.toBeNull();
  });

  it('at a cut 60 days on: the two unclosed items of the planted campaign, with owners; the closed ones are clean', async () => {
    const asOf = new Date(Date.now() + 60 * DAY_MS).toISOString();
    const { rows } = await lookback(api, LB27, { asOf }, plant.lastPosition());
    expect(rows.map((r) => [r.campaignId, r.itemId, r.owner, r.status, r.mineId])).toEqual([
      [campaign, 'item-open', '孙技术', 'open', 'mine-demo-1'],
      [campaign, 'item-fixed', '钱队长', 'rectified', 'mine-demo-1'],
    ]);
    for (const r of rows) expect([29, 30, 31]).toContain(r.daysOverdue);
    expect(rows[1].evidence.map((e) => e.type)).toEqual([
      'ExamCampaignLaunched',
      'ExamItemFindingRecorded',
      'ExamItemRectified',
    ]);
    expect(rows[0].launchedBy).toMatchObject({ id: expect.any(String), role: expect.any(String) });
    expect(await expectEvidenceVerifies(api, rows)).toBe(4);
  });
});
