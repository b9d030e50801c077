import { contractorsPolicyInForce, cstDay } from '@hazard-ledger/domain';
import { ContractorDoc, contractorLedger, evolveContractorDoc } from '../duty-records';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { byEntity, factsOf, leanOf, positionKey } from './facts';

/**
 * §9 item 24: per 外包单位 (contractor) at the cut — the hazards recorded against it, the mine's active contractors
 * against the `contractors@…` limit, a qualification that expired inside the contract, and months without a 绩效考核.
 * Contract, limit and missing months use the contractor ledger's own rule (`contractorLedger`), at the cut.
 */
export const lb24: LookbackQuery = {
  id: 'LB-24-contractors',
  version: 1,
  title: { zh: '外包单位隐患、数量、资质与考核', en: 'Contractors: hazards, numbers, qualifications, assessments' },
  description: {
    zh: '截点时各外包单位：记在其名下的隐患、所在矿山在册外包单位数与上限、合同期内资质过期、缺少月度绩效考核的月份；任一成立即列出',
    en: 'Per contractor at the cut: hazards recorded against it, the mine’s active contractors against the limit, a qualification expired during the contract, months without a monthly assessment; listed when any holds',
  },
  source: 'domain.md §9 item 24; §5.4 外包工程 (矿安〔2021〕55号)',
  params: SCOPE_PARAMS,
  limits: {
    zh: '隐患按其 contractorId 归属；上限取截点时有效的 contractors 政策版本（占位数）；月份、资质按中国标准时间日期；期间参数不限定',
    en: 'Hazards count by their contractorId; the limit is the contractors policy edition in force at the cut (a placeholder figure); months and qualification dates are China Standard Time days; the period is not applied',
  },
  columns: [
    { field: 'contractorId', header: '外包单位 contractor' },
    { field: 'name', header: '名称 name' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'hazardIds', header: '名下隐患 hazards' },
    { field: 'activeAtMine', header: '矿山在册外包数 active at mine' },
    { field: 'maxPerMine', header: '上限 limit' },
    { field: 'overLimit', header: '超限 over limit' },
    { field: 'qualificationExpiredOn', header: '资质过期日 qualification expired' },
    { field: 'missingMonths', header: '缺考核月份 months unassessed' },
    { field: 'policyVersion', header: '政策版本 policy' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const facts = await factsOf(db, cut, params, { categories: ['contractor'] });
    const hazards = await factsOf(db, cut, params, { categories: ['hazard'], types: ['HazardDiscovered'] });
    const docs: ContractorDoc[] = [];
    const histories = byEntity(facts);
    for (const history of histories.values()) {
      let doc: ContractorDoc | undefined;
      for (const f of history) doc = evolveContractorDoc(doc, leanOf(f), () => undefined);
      if (doc) docs.push(doc);
    }
    // The limit counts every contractor of the mine: with a jurisdiction/mine filter the scope is whole mines.
    const policy = contractorsPolicyInForce(cut.asOf);
    const today = cstDay(cut.asOf);
    const rows: RawRow[] = [];
    const ledger = contractorLedger(docs, cut.asOf, policy.maxContractorsPerMine);
    for (const line of ledger) {
      const history = histories.get(line.contractorId) ?? [];
      const against = hazards.filter((h) => h.data.contractorId === line.contractorId);
      const end = [line.endedOn ?? line.contractTo, today].sort()[0];
      const expired = line.qualification.validUntil < end ? line.qualification.validUntil : null;
      const overLimit = line.active && line.overLimit;
      if (against.length === 0 && !overLimit && !expired && line.missingMonths.length === 0) continue;
      const peers = overLimit
        ? ledger
            .filter((l) => l.mineId === line.mineId && l.active)
            .flatMap((l) => histories.get(l.contractorId)?.slice(0, 1) ?? [])
        : [];
      rows.push({
        key: positionKey(history[0].position),
        mineId: line.mineId,
        contractorId: line.contractorId,
        name: line.name,
        hazardIds: against.map((h) => h.entityId),
        activeAtMine: line.activeAtMine,
        maxPerMine: line.maxPerMine,
        overLimit,
        qualificationExpiredOn: expired,
        missingMonths: line.missingMonths,
        policyVersion: policy.version,
        positions: [...history, ...against, ...peers].map((f) => f.position),
      });
    }
    return rows;
  },
};
