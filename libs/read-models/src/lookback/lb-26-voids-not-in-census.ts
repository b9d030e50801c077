import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { factsOf, positionKey } from './facts';
import { CLAUSE_HAZARD_READ, clauseHazards, sameArea } from './hazard-clauses';

/**
 * §9 item 26: hazards citing a void clause (policy `voidClauses`) at mines whose 隐蔽致灾因素 census had recorded no
 * void (policy `voidFactorKinds`) before the hazard was recorded — at the mine at all, or in the hazard's area.
 */
export const lb26: LookbackQuery = {
  id: 'LB-26-voids-not-in-census',
  version: 1,
  title: { zh: '普查未显示的采空区隐患', en: 'Void hazards the census did not show' },
  description: {
    zh: '引用采空区类条款的隐患，所在矿山隐蔽致灾因素普查在该隐患记录前未登记采空区（全矿或同一区域）',
    en: 'Hazards citing a void clause at mines whose hidden-hazard census recorded no void before the hazard — at the mine, or in its area',
  },
  source: 'domain.md §9 item 26; §5.4 隐蔽致灾因素普查',
  params: SCOPE_PARAMS,
  limits: {
    zh: '条款与普查类别取 lookback 政策；“之前”按记录时间；同一区域 = 一方地点文字包含另一方（去空格）；作废隐患不计',
    en: 'Clauses and census kinds come from the lookback policy; "before" compares recording times; same area = one location text contains the other (spaces removed); voided hazards do not count',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'clauseId', header: '条款 clause' },
    { field: 'location', header: '地点 location' },
    { field: 'voidsAtMine', header: '此前普查采空区数 voids at mine' },
    { field: 'voidsInArea', header: '同区域 in area' },
    { field: 'reason', header: '原因 reason' },
    { field: 'policyVersion', header: '政策版本 policy' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const hazards = clauseHazards(await factsOf(db, cut, params, CLAUSE_HAZARD_READ)).filter(
      (h) => !h.voided && h.clauseId !== null && policy.voidClauses.includes(h.clauseId),
    );
    const voids = (await factsOf(db, cut, params, { types: ['HiddenFactorRecorded'] })).filter((f) =>
      policy.voidFactorKinds.includes(String(f.data.kind)),
    );
    const rows: RawRow[] = [];
    for (const h of hazards) {
      const before = voids.filter((v) => v.mineId === h.mineId && Date.parse(v.recordedAt) < Date.parse(h.recordedAt));
      const inArea = before.filter((v) => sameArea(String(v.data.location), h.location));
      if (inArea.length > 0) continue;
      rows.push({
        key: positionKey(h.facts[0].position),
        mineId: h.mineId,
        hazardId: h.hazardId,
        clauseId: h.clauseId,
        location: h.location,
        voidsAtMine: before.length,
        voidsInArea: 0,
        reason: before.length === 0 ? 'none_at_mine' : 'none_in_area',
        policyVersion: policy.version,
        positions: [...h.facts, ...before].map((f) => f.position),
      });
    }
    return rows;
  },
};
