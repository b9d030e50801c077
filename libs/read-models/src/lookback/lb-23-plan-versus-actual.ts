import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, byEntity, factsOf } from './facts';

interface PlanItem {
  planItemId: string;
  mineId: string;
  grade: string;
  plannedInspections: number;
}

const quarterOf = (iso: string) => Math.floor(new Date(iso).getUTCMonth() / 3);

/**
 * §9 item 23: per mine of an approved annual plan (at the cut), the inspections of that year against the planned
 * number and the per-mine cap, the 四不两直 share and joint inspections per quarter. Listed when the plan is not
 * met so far or the cap is exceeded.
 */
export const lb23: LookbackQuery = {
  id: 'LB-23-plan-versus-actual',
  version: 1,
  title: { zh: '年度执法计划执行情况', en: 'Annual plan versus actual inspections' },
  description: {
    zh: '已批准年度执法计划中每个矿山：当年检查次数与计划次数、年度上限对比，四不两直占比，各季度联合检查次数',
    en: 'Per mine of an approved annual plan: the year’s inspections against the planned number and the cap, the 四不两直 share, joint inspections per quarter',
  },
  source:
    'domain.md §9 item 23; §4.1 矿安〔2025〕14号 (plan, A–D frequency, ≤ 12 per mine per year, joint inspection per quarter)',
  params: SCOPE_PARAMS,
  limits: {
    zh: '“未完成”按截点时已检查次数计算（年内即显示差额）；检查按矿山与开始年份归入计划，不核对 planItemId',
    en: '"Not met" counts inspections up to the cut (a shortfall shows during the year); inspections count by mine and start year, not by planItemId',
  },
  columns: [
    { field: 'mineId', header: '矿山 mine' },
    { field: 'year', header: '年度 year' },
    { field: 'grade', header: '风险等级 grade' },
    { field: 'planned', header: '计划次数 planned' },
    { field: 'actual', header: '实际次数 actual' },
    { field: 'shortfall', header: '差额 shortfall' },
    { field: 'overCap', header: '超过上限 over cap' },
    { field: 'unannouncedShare', header: '四不两直占比 unannounced share' },
    { field: 'jointPerQuarter', header: '季度联合检查 joint per quarter' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const plans = byEntity(
      await factsOf(
        db,
        cut,
        {},
        { categories: ['enforcement-plan'], types: ['EnforcementPlanDrafted', 'EnforcementPlanApproved'] },
      ),
    );
    const inspections = await factsOf(db, cut, params, { categories: ['inspection'], types: ['InspectionRecorded'] });
    const rows: RawRow[] = [];
    for (const [planId, history] of plans) {
      const approved = history.find((f) => f.type === 'EnforcementPlanApproved');
      const draft = history.filter((f) => f.type === 'EnforcementPlanDrafted').at(-1);
      if (!approved || !draft) continue;
      const year = Number(draft.data.year);
      const cap = Number(draft.data.maxOnSiteInspectionsPerMinePerYear);
      for (const item of draft.data.items as PlanItem[]) {
        if (params.mineId && item.mineId !== params.mineId) continue;
        const done: Fact[] = inspections.filter(
          (i) => i.mineId === item.mineId && new Date(String(i.data.startedAt)).getUTCFullYear() === year,
        );
        const shortfall = Math.max(0, item.plannedInspections - done.length);
        const overCap = done.length > cap;
        if (shortfall === 0 && !overCap) continue;
        const joint = [0, 0, 0, 0];
        for (const i of done) if (i.data.kind === 'joint') joint[quarterOf(String(i.data.startedAt))] += 1;
        rows.push({
          key: `${planId}:${item.mineId}`,
          mineId: item.mineId,
          planId,
          year,
          grade: item.grade,
          planned: item.plannedInspections,
          actual: done.length,
          shortfall,
          overCap,
          unannouncedShare:
            done.length === 0
              ? null
              : Math.round((done.filter((i) => i.data.kind === 'unannounced').length / done.length) * 100) / 100,
          jointPerQuarter: joint,
          positions: [draft.position, approved.position, ...done.map((i) => i.position)],
        });
      }
    }
    return rows;
  },
};
