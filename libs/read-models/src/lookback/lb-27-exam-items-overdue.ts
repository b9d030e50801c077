import { cstDay } from '@hazard-ledger/domain';
import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { byEntity, factsOf, positionKey } from './facts';

interface Item {
  itemId: string;
  item: string;
  owner: string;
  deadline: string;
}

/**
 * §9 item 27: 体检式精查 items past their deadline at the cut and not closed, with their owner and campaign. Same
 * rule as the exam-item ledger (`examItemLedger`): the deadline is a China Standard Time day, past when the cut's
 * CST day is later.
 */
export const lb27: LookbackQuery = {
  id: 'LB-27-exam-items-overdue',
  version: 1,
  title: { zh: '体检式精查逾期未销项', en: '体检式精查 items past their deadline' },
  description: {
    zh: '截点时已过整改期限且未销项的体检式精查项目，含责任人、所属精查及已记录的发现与整改',
    en: 'Items of a 体检式精查 past their deadline and not closed at the cut, with their owner, the campaign and any finding and rectification recorded',
  },
  source: 'domain.md §9 item 27; §6 体检式精查',
  params: COMMON_PARAMS,
  limits: {
    zh: '期限按中国标准时间的日期比较（与精查项目台账相同）；期间参数限定精查启动的记录时间',
    en: 'Deadlines compare as China Standard Time days (as the exam-item ledger does); the period bounds when the campaign was launched (system time)',
  },
  columns: [
    { field: 'campaignId', header: '精查 campaign' },
    { field: 'title', header: '名称 title' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'itemId', header: '项目 item' },
    { field: 'item', header: '内容 content' },
    { field: 'owner', header: '责任人 owner' },
    { field: 'deadline', header: '期限 deadline' },
    { field: 'daysOverdue', header: '逾期天数 days overdue' },
    { field: 'status', header: '状态 status' },
    { field: 'launchedBy', header: '启动人 launchedBy' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const facts = await factsOf(db, cut, params, { categories: ['exam-campaign'] });
    const today = cstDay(cut.asOf);
    const rows: RawRow[] = [];
    for (const [campaignId, history] of byEntity(facts)) {
      const launched = history.find((f) => f.type === 'ExamCampaignLaunched');
      if (!launched) continue;
      const at = Date.parse(launched.recordedAt);
      if ((params.from && at < Date.parse(params.from)) || (params.to && at > Date.parse(params.to))) continue;
      for (const [index, item] of (launched.data.items as Item[]).entries()) {
        const own = history.filter((f) => f.data.itemId === item.itemId);
        if (own.some((f) => f.type === 'ExamItemClosed') || !(item.deadline < today)) continue;
        const status = own.some((f) => f.type === 'ExamItemRectified')
          ? 'rectified'
          : own.some((f) => f.type === 'ExamItemFindingRecorded')
            ? 'finding_recorded'
            : 'open';
        rows.push({
          key: `${positionKey(launched.position)}|${String(index).padStart(4, '0')}`,
          mineId: launched.mineId,
          campaignId,
          title: String(launched.data.title),
          itemId: item.itemId,
          item: item.item,
          owner: item.owner,
          deadline: item.deadline,
          daysOverdue: Math.round((Date.parse(today) - Date.parse(item.deadline)) / 86_400_000),
          status,
          launchedBy: { id: launched.actorId, name: launched.actorName, role: launched.actorRole },
          positions: [launched.position, ...own.map((f) => f.position)],
        });
      }
    }
    return rows;
  },
};
