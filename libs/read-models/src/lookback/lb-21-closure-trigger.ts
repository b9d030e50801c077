import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, byEntity, factsOf, appendTo, everMajorHazards } from './facts';
import { HAZARD_FIELDS, HAZARD_TYPES, MINE_TYPES, producingIntervals } from './lb-20-producing-with-major-open';

interface Episode {
  hazardId: string;
  from: string;
  position: string;
}

/**
 * §9 item 21 (硬措施): mines with at least `closureTriggerCount` producing-with-a-major-open episodes (LB-20)
 * starting within `closureTriggerMonths`, and whether the mine was closed (关闭) by the cut.
 */
export const lb21: LookbackQuery = {
  id: 'LB-21-closure-trigger',
  version: 1,
  title: {
    zh: '3 个月内 2 次以上带重大隐患生产（提请关闭触发）',
    en: 'Producing with a major hazard repeatedly (closure trigger)',
  },
  description: {
    zh: '3 个月内 2 次及以上被发现带重大隐患生产的矿山，及截至截点是否已关闭',
    en: 'Mines found producing with a major hazard open 2 or more times within 3 months, and whether the mine was closed by the cut',
  },
  source: 'domain.md §9 item 21; the district notice’s 硬措施 (§2.4)',
  params: COMMON_PARAMS,
  limits: {
    zh: '“发现”= LB-20 的未停产时段开始；“提请关闭”尚无事件，以矿山关闭（MineClosed）代替；次数与月数见政策',
    en: '"Found" = the start of an LB-20 interval; no "提请关闭" event exists, the mine’s closure (MineClosed) stands in; count and months are policy',
  },
  columns: [
    { field: 'mineId', header: '矿山 mine' },
    { field: 'episodes', header: '带重大隐患生产 episodes' },
    { field: 'windowFrom', header: '期间起 from' },
    { field: 'windowTo', header: '期间止 to' },
    { field: 'mineClosed', header: '已关闭 closed' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    // Only hazards ever graded major can have a producing-while-major episode.
    const majorIds = await everMajorHazards(db, cut, params);
    if (majorIds.length === 0) return [];
    const hazards = byEntity(
      await factsOf(db, cut, params, {
        categories: ['hazard'],
        types: HAZARD_TYPES,
        entityIds: majorIds,
        dataFields: HAZARD_FIELDS,
      }),
    );
    const mines = byEntity(await factsOf(db, cut, params, { categories: ['mine'], types: MINE_TYPES }));
    const episodes = new Map<string, Episode[]>();
    for (const [hazardId, history] of hazards) {
      const mineId = history[0].mineId;
      if (!mineId) continue;
      const events = [...history, ...(mines.get(mineId) ?? [])].sort((a, b) =>
        BigInt(a.position) < BigInt(b.position) ? -1 : 1,
      );
      const { intervals, positions } = producingIntervals(events);
      const starts = intervals.map((interval, i) => ({ hazardId, from: interval.from, position: positions[i * 2] }));
      appendTo(episodes, mineId, ...starts);
    }
    const rows: RawRow[] = [];
    for (const [mineId, list] of episodes) {
      const sorted = [...list].sort((a, b) => Date.parse(a.from) - Date.parse(b.from));
      const window = sorted.find((first, i) => {
        const end = new Date(first.from);
        end.setUTCMonth(end.getUTCMonth() + policy.closureTriggerMonths);
        return sorted.slice(i).filter((e) => Date.parse(e.from) <= end.getTime()).length >= policy.closureTriggerCount;
      });
      if (!window) continue;
      const end = new Date(window.from);
      end.setUTCMonth(end.getUTCMonth() + policy.closureTriggerMonths);
      const inWindow = sorted.filter(
        (e) => Date.parse(e.from) >= Date.parse(window.from) && Date.parse(e.from) <= end.getTime(),
      );
      const closed: Fact | undefined = (mines.get(mineId) ?? []).find((f) => f.type === 'MineClosed');
      rows.push({
        key: mineId,
        mineId,
        episodes: inWindow.map((e) => ({ hazardId: e.hazardId, from: e.from })),
        windowFrom: window.from,
        windowTo: end.toISOString(),
        mineClosed: !!closed,
        policyVersion: policy.version,
        positions: [...inWindow.map((e) => e.position), ...(closed ? [closed.position] : [])],
      });
    }
    return rows;
  },
};
