import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { byEntity, factsOf, positionKey } from './facts';
import { CLAUSE_HAZARD_READ, clauseHazards, sameArea } from './hazard-clauses';

const HOUR_MS = 3_600_000;

/**
 * §9 item 25: hot work (动火) without a permit near the places and times of hazards — every hazard citing a hot-work
 * clause (policy `hotWorkClauses`, UG-29), directly or through an inspection finding, with the permits of its mine
 * whose window lies within `hotWorkNearHours` of the hazard's time and whose location is the same area. A hazard
 * with no such approved permit is flagged `withoutPermit`.
 */
export const lb25: LookbackQuery = {
  id: 'LB-25-hot-work-without-permit',
  version: 1,
  title: { zh: '无审批动火', en: 'Hot work without a permit' },
  description: {
    zh: '引用动火条款（UG-29）的隐患及检查发现，及同一矿山时间窗口与地点相近的动火审批；无已批准审批者标注',
    en: 'Hazards and inspection findings citing the hot-work clause (UG-29), with the mine’s permits whose window and location are near; flagged when no approved permit is',
  },
  source: 'domain.md §9 item 25; §5.4 动火作业审批; 矿安〔2022〕88号 UG-29',
  params: SCOPE_PARAMS,
  limits: {
    zh: '“事故”尚无记录，只看隐患与检查发现；地点相同 = 一方文字包含另一方（去空格）；时间相近 = 审批窗口与隐患发生时间相距不超过 hotWorkNearHours；被撤销的审批不计',
    en: 'No accident record exists yet: hazards and findings only; same area = one location text contains the other (spaces removed); near = the permit window within hotWorkNearHours of the hazard’s time; cancelled permits do not count',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'clauseId', header: '条款 clause' },
    { field: 'location', header: '地点 location' },
    { field: 'discoveredAt', header: '发现时间 discoveredAt' },
    { field: 'findings', header: '检查发现 findings' },
    { field: 'permits', header: '相近审批 permits near' },
    { field: 'withoutPermit', header: '无审批 without permit' },
    { field: 'policyVersion', header: '政策版本 policy' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const clauses = new Set(policy.hotWorkClauses);
    const findings = (await factsOf(db, cut, params, { types: ['InspectionFindingRecorded'] })).filter(
      (f) => clauses.has(String(f.data.clauseId)) && f.data.voidedBy === undefined,
    );
    const found = new Set(findings.map((f) => String(f.data.hazardId)));
    const hazards = clauseHazards(await factsOf(db, cut, params, CLAUSE_HAZARD_READ)).filter(
      (h) => !h.voided && ((h.clauseId !== null && clauses.has(h.clauseId)) || found.has(h.hazardId)),
    );
    const permits = [...byEntity(await factsOf(db, cut, params, { categories: ['hot-work-permit'] })).values()];
    const rows: RawRow[] = [];
    for (const h of hazards) {
      const at = Date.parse(h.discoveredAt);
      const near = permits.filter((history) => {
        const req = history.find((f) => f.type === 'HotWorkPermitRequested');
        if (!req || req.mineId !== h.mineId || !sameArea(String(req.data.location), h.location)) return false;
        const [start, end] = [Date.parse(String(req.data.windowStart)), Date.parse(String(req.data.windowEnd))];
        return start - policy.hotWorkNearHours * HOUR_MS <= at && at <= end + policy.hotWorkNearHours * HOUR_MS;
      });
      const approved = near.filter(
        (p) => p.some((f) => f.type === 'HotWorkPermitApproved') && !p.some((f) => f.type === 'HotWorkPermitCancelled'),
      );
      const mine = findings.filter((f) => f.data.hazardId === h.hazardId);
      rows.push({
        key: positionKey(h.facts[0].position),
        mineId: h.mineId,
        hazardId: h.hazardId,
        clauseId: h.clauseId,
        location: h.location,
        discoveredAt: h.discoveredAt,
        findings: mine.map((f) => ({ inspectionId: f.entityId, clauseId: f.data.clauseId })),
        permits: near.map((p) => ({
          permitId: p[0].entityId,
          location: p[0].data.location,
          windowStart: p[0].data.windowStart,
          windowEnd: p[0].data.windowEnd,
          status: p.at(-1)!.type,
        })),
        withoutPermit: approved.length === 0,
        policyVersion: policy.version,
        positions: [...h.facts, ...mine, ...near.flat()].map((f) => f.position),
      });
    }
    return rows;
  },
};
