import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, appendTo, byEntity, everMajorHazards, factsOf, positionKey } from './facts';

const GRADING = ['MajorHazardDetermined', 'GeneralHazardDetermined', 'HazardGradeChanged'];
const ORDER_KINDS = ['on_site_measures', 'rectification_order', 'suspension_order'];
const CASE_KINDS = ['case_approval', 'penalty_decision'];
const DAY_MS = 86_400_000;

/** Drafts and penalty decisions by the hazards they name (read once, not once per hazard). */
const byNamedHazard = (docs: Fact[]): Map<string, Fact[]> => {
  const named = new Map<string, Fact[]>();
  for (const d of docs)
    if (d.type === 'DocumentDrafted' || d.type === 'PenaltyDecided')
      for (const id of new Set((d.data.hazardIds as string[] | undefined) ?? [])) appendTo(named, id, d);
  return named;
};

/**
 * §9 item 6 (只检查不执法): major hazards found by a regulator's inspection with no signed 整改/停产 order (nor a
 * suspension) naming them, or no 立案 (case approval, penalty decision or penalty) within the policy's days.
 */
export const lb06: LookbackQuery = {
  id: 'LB-06-major-findings-without-enforcement',
  version: 1,
  title: { zh: '检查发现重大隐患而未下达指令或未立案', en: 'Major findings with no order or no case filed' },
  description: {
    zh: '检查发现并判定为重大的隐患：无已签发的整改、停产指令（亦未停产），或在规定天数内未立案',
    en: 'Major hazards found by inspection with no signed rectification or suspension order (nor suspension), or no case filed within the policy’s days',
  },
  source: 'domain.md §9 item 6 (Trigger 2 长期只检查不执法); 安全生产法 (2021) Art. 90(四)',
  params: SCOPE_PARAMS,
  limits: {
    zh: '立案期限为政策占位值（lookback@2026.1：7 天，未确认）；按检查员、矿山的数量统计见 LB-07；指令以文书所列 hazardIds 关联',
    en: 'The filing window is a placeholder (lookback@2026.1: 7 days, unconfirmed); counts per mine are LB-07; orders count when the document lists the hazard',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'clauseId', header: '判定依据 clause' },
    { field: 'determinedBy', header: '判定人 determinedBy' },
    { field: 'determinedAt', header: '判定时间 determinedAt' },
    { field: 'noOrder', header: '无整改/停产指令 noOrder' },
    { field: 'noCaseFiled', header: '未立案 noCaseFiled' },
    { field: 'daysOpen', header: '已过天数 days' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const majorIds = await everMajorHazards(db, cut, params);
    if (majorIds.length === 0) return [];
    const hazards = byEntity(
      await factsOf(db, cut, params, {
        categories: ['hazard'],
        types: ['HazardDiscovered', ...GRADING, 'ProductionSuspended', 'HazardVoided'],
        entityIds: majorIds,
        dataFields: ['source', 'to', 'clauseId'],
      }),
    );
    const docs = await factsOf(db, cut, params, {
      categories: ['document', 'penalty'],
      types: ['DocumentDrafted', 'PenaltyDecided', 'DocumentSigned'],
      dataFields: ['hazardIds', 'kind'],
    });
    const docsByStream = byEntity(docs);
    const naming = byNamedHazard(docs);
    const rows: RawRow[] = [];
    for (const [hazardId, history] of hazards) {
      const found = history[0];
      const grading = history.filter((f) => GRADING.includes(f.type));
      const last = grading.at(-1);
      const major = last && (last.type === 'MajorHazardDetermined' || last.data.to === 'major');
      if (found?.type !== 'HazardDiscovered' || found.data.source !== 'inspection' || !major) continue;
      if (history.some((f) => f.type === 'HazardVoided')) continue;
      const determined = grading.filter((f) => f.type === 'MajorHazardDetermined' || f.data.to === 'major')[0];
      const drafts = naming.get(hazardId) ?? [];
      const signedOrders = drafts.filter(
        (d) =>
          d.type === 'DocumentDrafted' &&
          ORDER_KINDS.includes(String(d.data.kind)) &&
          (docsByStream.get(d.entityId) ?? []).some((e) => e.type === 'DocumentSigned'),
      );
      const cases = drafts.filter((d) => d.type === 'PenaltyDecided' || CASE_KINDS.includes(String(d.data.kind)));
      const daysOpen = Math.floor((Date.parse(cut.asOf) - Date.parse(determined.occurredAt)) / DAY_MS);
      const noOrder = signedOrders.length === 0 && !history.some((f) => f.type === 'ProductionSuspended');
      const noCaseFiled = cases.length === 0 && daysOpen >= policy.caseFilingWithinDays;
      if (!noOrder && !noCaseFiled) continue;
      rows.push({
        key: positionKey(determined.position),
        mineId: found.mineId,
        hazardId,
        clauseId: (determined.data.clauseId as string | undefined) ?? null,
        determinedBy: { id: determined.actorId, name: determined.actorName, role: determined.actorRole },
        determinedAt: determined.occurredAt,
        noOrder,
        noCaseFiled,
        daysOpen,
        policyVersion: policy.version,
        positions: [
          found.position,
          determined.position,
          ...signedOrders.map((d) => d.position),
          ...cases.map((d) => d.position),
        ],
      });
    }
    return rows;
  },
};
