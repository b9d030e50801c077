import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, factsOf, appendTo } from './facts';

/**
 * §9 item 8: the same clause found at the same mine in two or more inspections, with no escalation (立案/处罚) of
 * any of those hazards: no HazardEscalated and no penalty decision naming them.
 */
export const lb08: LookbackQuery = {
  id: 'LB-08-repeated-findings',
  version: 1,
  title: { zh: '同一矿山同一条款反复发现而未升级处理', en: 'Same clause found repeatedly at a mine, never escalated' },
  description: {
    zh: '同一矿山、同一判定条款在两次及以上检查中被发现，相关隐患均未立案或处罚',
    en: 'The same clause found at the same mine in two or more inspections, none of those hazards escalated or penalised',
  },
  source: 'domain.md §9 item 8 (Trigger 2 长期只检查不执法)',
  params: COMMON_PARAMS,
  limits: {
    zh: '按条款判断“相同”，不比对位置；检查以外来源的隐患不计',
    en: '"Identical" means the same clause, not the same location; hazards from other sources are not counted',
  },
  columns: [
    { field: 'mineId', header: '矿山 mine' },
    { field: 'clauseId', header: '判定依据 clause' },
    { field: 'inspectionIds', header: '检查 inspections' },
    { field: 'hazardIds', header: '隐患 hazards' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const findings = await factsOf(db, cut, params, {
      categories: ['inspection'],
      types: ['InspectionFindingRecorded'],
      period: true,
    });
    const escalations = await factsOf(db, cut, params, { types: ['HazardEscalated', 'PenaltyDecided'] });
    const escalated = (hazardId: string) =>
      escalations.some((e) =>
        e.type === 'HazardEscalated' ? e.entityId === hazardId : (e.data.hazardIds as string[]).includes(hazardId),
      );
    const groups = new Map<string, Fact[]>();
    for (const f of findings) {
      const key = `${f.mineId ?? ''}|${String(f.data.clauseId)}`;
      appendTo(groups, key, f);
    }
    const rows: RawRow[] = [];
    for (const [key, group] of groups) {
      const inspections = [...new Set(group.map((f) => f.entityId))];
      const hazardIds = [...new Set(group.map((f) => String(f.data.hazardId)))];
      if (inspections.length < 2 || hazardIds.some(escalated)) continue;
      rows.push({
        key,
        mineId: group[0].mineId,
        clauseId: String(group[0].data.clauseId),
        inspectionIds: inspections,
        hazardIds,
        positions: group.map((f) => f.position),
      });
    }
    return rows;
  },
};
