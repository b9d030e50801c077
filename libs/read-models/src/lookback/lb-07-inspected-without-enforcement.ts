import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, factsOf, appendTo } from './facts';

const count = (facts: Fact[], type: string) =>
  new Set(facts.filter((f) => f.type === type).map((f) => f.entityId)).size;

/**
 * §9 item 7 (只检查不执法): mines inspected at least K times in the period (policy) with no enforcement document
 * and no penalty, with their hazards found and A–D risk grade, beside the jurisdiction's documents per inspection.
 */
export const lb07: LookbackQuery = {
  id: 'LB-07-inspected-without-enforcement',
  version: 1,
  title: { zh: '多次检查而零文书零处罚的矿山', en: 'Mines inspected repeatedly with no document or penalty' },
  description: {
    zh: '期间内被检查不少于 K 次却无任何执法文书与处罚的矿山：检查次数、发现隐患、重大隐患、风险等级及同辖区对比',
    en: 'Mines inspected at least K times in the period with no enforcement document or penalty: inspections, hazards, majors, risk grade, and the jurisdiction’s rate',
  },
  source: 'domain.md §9 item 7 (Trigger 2); 矿安〔2025〕14号 分类分级监管 (A–D)',
  params: COMMON_PARAMS,
  limits: {
    zh: 'K 为政策占位值（lookback@2026.1：3）；同辖区对比为辖区内每次检查的文书数，未按风险等级分组',
    en: 'K is a placeholder (lookback@2026.1: 3); the peer comparison is documents per inspection across the jurisdiction, not split by grade',
  },
  columns: [
    { field: 'mineId', header: '矿山 mine' },
    { field: 'jurisdiction', header: '辖区 jurisdiction' },
    { field: 'riskGrade', header: '风险等级 grade' },
    { field: 'inspections', header: '检查次数 inspections' },
    { field: 'hazardsFound', header: '检查发现隐患 hazards found' },
    { field: 'majorFound', header: '其中重大 major' },
    { field: 'peerDocumentsPerInspection', header: '同辖区每次检查文书数 peer rate' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const period = await factsOf(db, cut, params, {
      categories: ['inspection', 'document', 'penalty', 'hazard'],
      types: ['InspectionRecorded', 'DocumentDrafted', 'PenaltyDecided', 'HazardDiscovered', 'MajorHazardDetermined'],
      period: true,
    });
    const grades = await factsOf(db, cut, params, {
      categories: ['mine'],
      types: ['MineRegistered', 'MineRiskGradeChanged'],
    });
    const mines: { mineId: string; jurisdiction: string }[] = await db.query(
      `SELECT mine_id AS "mineId", jurisdiction FROM lookback_mines`,
    );
    const jurisdictionOf = new Map(mines.map((m) => [m.mineId, m.jurisdiction]));
    const byMine = new Map<string, Fact[]>();
    for (const f of period) if (f.mineId) appendTo(byMine, f.mineId, f);
    const peers = new Map<string, { inspections: number; documents: number }>();
    for (const [mineId, facts] of byMine) {
      const j = jurisdictionOf.get(mineId) ?? '';
      const p = peers.get(j) ?? { inspections: 0, documents: 0 };
      peers.set(j, {
        inspections: p.inspections + count(facts, 'InspectionRecorded'),
        documents: p.documents + count(facts, 'DocumentDrafted'),
      });
    }
    const rows: RawRow[] = [];
    for (const [mineId, facts] of byMine) {
      const inspections = facts.filter((f) => f.type === 'InspectionRecorded');
      if (inspections.length < policy.inspectionsWithoutEnforcement) continue;
      if (facts.some((f) => f.type === 'DocumentDrafted' || f.type === 'PenaltyDecided')) continue;
      const found = facts.filter((f) => f.type === 'HazardDiscovered' && f.data.source === 'inspection');
      const foundIds = new Set(found.map((f) => f.entityId));
      const grade = grades.filter((g) => g.mineId === mineId && g.type === 'MineRiskGradeChanged').at(-1);
      const peer = peers.get(jurisdictionOf.get(mineId) ?? '');
      rows.push({
        key: mineId,
        mineId,
        jurisdiction: jurisdictionOf.get(mineId) ?? null,
        riskGrade: grade ? String(grade.data.next) : null,
        inspections: inspections.length,
        hazardsFound: foundIds.size,
        majorFound: facts.filter((f) => f.type === 'MajorHazardDetermined' && foundIds.has(f.entityId)).length,
        peerDocumentsPerInspection:
          peer && peer.inspections > 0 ? Math.round((peer.documents / peer.inspections) * 100) / 100 : null,
        policyVersion: policy.version,
        positions: [...inspections.map((f) => f.position), ...(grade ? [grade.position] : [])],
      });
    }
    return rows;
  },
};
