import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { actorOf, factsOf, positionKey } from './facts';
import { tipsBefore } from './tips-before';

const AMENDMENTS = ['HazardDescriptionAmended', 'HazardLocationAmended'];

/**
 * §9 item 10: every downgrade (重大→一般) and every amendment of a hazard's description or location — who, when,
 * why, and the diff. The hazard's discovery is evidence too, so the original text is one click away.
 */
export const lb10: LookbackQuery = {
  id: 'LB-10-downgrades-amendments',
  version: 2,
  title: { zh: '降级与描述修改', en: 'Downgrades and description amendments' },
  description: {
    zh: '所有重大→一般的降级及隐患描述、位置的修改：何人、何时、何因、修改前后',
    en: 'Every major→general downgrade and every amendment of a hazard description or location: who, when, why, diff',
  },
  source: 'domain.md §9 item 10 (Trigger 3 问题隐患描述避重就轻); §8.4; 安全生产法 (2021) Art. 90',
  params: COMMON_PARAMS,
  limits: {
    zh: '“举报后修改”= 修改前 afterTipDays 天内收到关于该矿山的举报（afterTips，举报为证据）；“事故后”尚无事故记录；案件开立后的修改见 caseId',
    en: '"After a complaint" = a tip about the mine recorded within afterTipDays before the act (afterTips, the tip as evidence); "after an accident" has no accident record yet; after a case opened: see caseId',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'kind', header: '类别 kind' },
    { field: 'by', header: '操作人 by' },
    { field: 'recordedAt', header: '记录时间 recordedAt' },
    { field: 'occurredAt', header: '发生时间 occurredAt' },
    { field: 'reason', header: '理由 reason' },
    { field: 'before', header: '修改前 before' },
    { field: 'after', header: '修改后 after' },
    { field: 'technicalGrounds', header: '技术依据 technicalGrounds' },
    { field: 'originalDescription', header: '原始描述 original description' },
    { field: 'afterTips', header: '此前举报 after tips' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const tips = await factsOf(db, cut, { ...params, from: undefined, to: undefined }, { types: ['TipReceived'] });
    const acts = (
      await factsOf(db, cut, params, {
        categories: ['hazard'],
        types: ['HazardGradeChanged', ...AMENDMENTS],
        period: true,
      })
    ).filter((f) => AMENDMENTS.includes(f.type) || (f.data.from === 'major' && f.data.to === 'general'));
    const origins = new Map(
      (
        await factsOf(
          db,
          cut,
          {},
          { categories: ['hazard'], types: ['HazardDiscovered'], entityIds: acts.map((a) => a.entityId) },
        )
      ).map((f) => [f.entityId, f]),
    );
    return acts.map((f) => {
      const origin = origins.get(f.entityId);
      const downgrade = f.type === 'HazardGradeChanged';
      const complaints = tipsBefore(tips, f.mineId, f.recordedAt, policy.afterTipDays);
      return {
        key: positionKey(f.position),
        mineId: f.mineId,
        hazardId: f.entityId,
        kind: downgrade
          ? 'downgrade'
          : f.type === 'HazardDescriptionAmended'
            ? 'description_amended'
            : 'location_amended',
        by: actorOf(f),
        recordedAt: f.recordedAt,
        occurredAt: f.occurredAt,
        reason: String(f.data.reason ?? ''),
        before: downgrade ? String(f.data.from) : String(f.data.previous),
        after: downgrade ? String(f.data.to) : String(f.data.next),
        technicalGrounds: downgrade ? ((f.data.technicalGrounds as string | undefined) ?? null) : null,
        originalDescription: origin ? String(origin.data.description) : null,
        afterTips: complaints.map((t) => t.entityId),
        positions: [...(origin ? [origin.position] : []), f.position, ...complaints.map((t) => t.position)],
      };
    });
  },
};
