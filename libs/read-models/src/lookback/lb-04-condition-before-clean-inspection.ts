import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { factsOf, positionKey } from './facts';
import { CLAUSE_HAZARD_READ, clauseHazards, hazardsEverUnder } from './hazard-clauses';
import {
  HAZARD_FACT_TYPES,
  censusFactors,
  conditionEvidenceOf,
  groupBy,
  hazardEnds,
  standingAt,
} from './condition-evidence';
import {
  INSPECTION_FACT_TYPES,
  INSPECTION_FIELDS,
  InspectionAtCut,
  inspectionsAtCut,
  signerOf,
  startedBetween,
} from './inspection-signers';

/**
 * §9 item 4 (Trigger 1): hazards of a physical-condition clause (policy `physicalConditionClauses`) whose evidence
 * dates the condition before an inspection of the mine that examined the clause, or signed "no major hazard", and
 * recorded no finding for it — with the inspectors who signed. The inspection must have begun before the hazard was
 * recorded and while an evidence item stood (dated at or before it and not yet ended).
 */
export const lb04: LookbackQuery = {
  id: 'LB-04-condition-before-clean-inspection',
  version: 1,
  title: {
    zh: '物理条件早已存在而检查签字“无重大隐患”',
    en: 'Physical conditions that predate an inspection signed "no major hazard"',
  },
  description: {
    zh: '物理条件类条款的隐患，其证据（企业发现时间、此前同条款同区域隐患、隐蔽致灾因素普查）表明条件在此前某次检查时已存在，而该检查检查了该条款或签署“未发现重大事故隐患”且未就该条款记录发现：列出签字检查员',
    en: 'Hazards of a physical-condition clause whose evidence (the finder’s own discovery time, an earlier hazard of the same clause and area, a hidden-factor census entry) shows the condition existed at an earlier inspection that examined the clause or signed "no major hazard" with no finding for it: with the inspectors who signed',
  },
  source: 'domain.md §9 item 4; §3 (physical-condition items, lookback@2026.2); 安全生产法 (2021) Art. 90',
  params: COMMON_PARAMS,
  limits: {
    zh: '条款清单与普查类别为政策占位值（lookback@2026.2）；不含图纸、监测中断日志、证据文件拍摄时间（平台未记录）；同一区域 = 地点文字包含；条件终止 = 关闭、作废、销号或整改验收（发生时间）；不比对检查区域；期间限定所列隐患的记录时间',
    en: 'Clause list and census kinds are placeholders (lookback@2026.2); maps, monitoring outage logs and evidence files’ capture times are not seen (not recorded); same area = one location text contains the other; a condition ends at closure, void, sign-off or verified rectification (valid time); inspection areas are not compared; the period bounds the listed hazards’ recording',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'clauseId', header: '判定依据 clause' },
    { field: 'location', header: '地点 location' },
    { field: 'conditionSince', header: '条件存在自 condition since' },
    { field: 'conditionEvidence', header: '条件证据 condition evidence' },
    { field: 'foundAt', header: '发现时间 foundAt' },
    { field: 'recordedAt', header: '记录时间 recordedAt' },
    { field: 'earlierInspections', header: '此前检查及签字人 earlier inspections and signers' },
    { field: 'policyVersion', header: '政策版本 policy' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const physical = policy.physicalConditionClauses ?? [];
    // Only hazards ever determined under a listed clause can be listed or be an earlier hazard of the same clause.
    const underClause = await hazardsEverUnder(db, cut, params, physical);
    if (underClause.length === 0) return [];
    const hazardFacts = await factsOf(db, cut, params, {
      categories: ['hazard'],
      types: HAZARD_FACT_TYPES,
      entityIds: underClause,
      dataFields: CLAUSE_HAZARD_READ.dataFields,
    });
    const hazards = clauseHazards(hazardFacts);
    const ends = hazardEnds(hazardFacts);
    const census = groupBy(censusFactors(await factsOf(db, cut, params, { categories: ['hidden-factor'] })), (c) =>
      String(c.mineId),
    );
    const byClause = groupBy(hazards, (h) => `${String(h.mineId)}|${String(h.clauseId)}`);
    // The period bounds the hazards listed (their recording); the evidence and inspections before them are not bounded.
    const inPeriod = (at: string) =>
      (!params.from || Date.parse(at) >= Date.parse(params.from)) &&
      (!params.to || Date.parse(at) <= Date.parse(params.to));
    // Each candidate with its dated evidence first: the inspections that can count began at or after the earliest
    // evidence, and an inspection is recorded at or after it began (as LB-03 reads them), so only those are read.
    const candidates = hazards
      .filter((h) => !h.voided && h.clauseId !== null && physical.includes(h.clauseId) && inPeriod(h.recordedAt))
      .map((h) => {
        const clauseId = h.clauseId as string;
        const mine = String(h.mineId);
        const items = conditionEvidenceOf(
          h,
          byClause.get(`${mine}|${clauseId}`) ?? [],
          ends,
          census.get(mine) ?? [],
          policy.conditionFactorKinds?.[clauseId] ?? [],
        );
        return { h, clauseId, mine, items, earliest: Math.min(...items.map((i) => Date.parse(i.since))) };
      });
    const starts = candidates.map((c) => c.earliest).filter(Number.isFinite);
    if (starts.length === 0) return [];
    const inspections = groupBy(
      inspectionsAtCut(
        await factsOf(db, cut, params, {
          categories: ['inspection'],
          types: INSPECTION_FACT_TYPES,
          dataFields: INSPECTION_FIELDS,
          recordedSince: new Date(Math.min(...starts)).toISOString(),
          withEvidence: true,
        }),
      ).sort((a, b) => a.startedMs - b.startedMs),
      (i) => String(i.mineId),
    );
    const rows: RawRow[] = [];
    for (const { h, clauseId, mine, items, earliest } of candidates) {
      const listed = startedBetween(inspections.get(mine) ?? [], earliest, Date.parse(h.recordedAt))
        .filter((i) => !i.findingClauses.has(clauseId))
        .filter((i) => i.examined.has(clauseId) || i.result?.data.result === 'no_major_hazard')
        .map((i) => ({ inspection: i, standing: standingAt(items, i.startedAt) }))
        .filter((x) => x.standing.length > 0)
        .sort((a, b) => a.inspection.startedAt.localeCompare(b.inspection.startedAt));
      if (listed.length === 0) continue;
      const used = items.filter((item) => listed.some((x) => x.standing.includes(item)));
      rows.push({
        key: positionKey(h.facts[0].position),
        mineId: h.mineId,
        hazardId: h.hazardId,
        clauseId,
        location: h.location,
        conditionSince: used.map((u) => u.since).sort()[0],
        conditionEvidence: used.map((u) => ({ kind: u.kind, id: u.id, since: u.since, until: u.until })),
        foundAt: h.discoveredAt,
        recordedAt: h.recordedAt,
        earlierInspections: listed.map(({ inspection, standing }) => inspectionCell(inspection, clauseId, standing)),
        policyVersion: policy.version,
        positions: [
          ...h.facts,
          ...used.flatMap((u) => u.facts),
          ...listed.flatMap(({ inspection }) => inspectionFacts(inspection, clauseId)),
        ].map((f) => f.position),
      });
    }
    return rows;
  },
};

const inspectionCell = (i: InspectionAtCut, clauseId: string, standing: { kind: string; id: string }[]) => ({
  inspectionId: i.inspectionId,
  kind: i.kind,
  startedAt: i.startedAt,
  examinedClause: i.examined.has(clauseId),
  clauseNote: i.examined.get(clauseId)?.note ?? null,
  result: i.result ? String(i.result.data.result) : null,
  signers: i.signatures.map(signerOf),
  conditionStanding: standing.map((s) => ({ kind: s.kind, id: s.id })),
});

const inspectionFacts = (i: InspectionAtCut, clauseId: string) => [
  i.opened,
  ...(i.examined.has(clauseId) ? [i.examined.get(clauseId)!.fact] : []),
  ...(i.result ? [i.result] : []),
  ...i.signatures,
];
