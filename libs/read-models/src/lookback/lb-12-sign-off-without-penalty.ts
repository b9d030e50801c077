import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, factsOf, positionKey } from './facts';

type Issue = 'no_penalty' | 'no_individual_target' | 'below_minimum';

/**
 * §9 item 12 (规避处理处罚): major hazards signed off (销号) with no penalty decision naming them, or whose penalty
 * fines no individual (一案双罚 not applied) or a target below the statutory minimum the policy edition recorded.
 */
export const lb12: LookbackQuery = {
  id: 'LB-12-sign-off-without-penalty',
  version: 1,
  title: {
    zh: '销号而未处罚、未双罚或低于法定下限',
    en: 'Signed off with no penalty, no 一案双罚, or below the minimum',
  },
  description: {
    zh: '已销号的重大事故隐患：无处罚决定、处罚未罚及个人（一案双罚）、或罚款低于法定下限',
    en: 'Major hazards signed off with no penalty decision, a penalty fining no individual (一案双罚), or a fine below the statutory minimum',
  },
  source: 'domain.md §9 item 12 (Trigger 4 规避处理处罚); 安全生产法 (2021) Art. 90, Art. 102',
  params: COMMON_PARAMS,
  limits: {
    zh: '处罚以处罚决定所列 hazardIds 关联隐患；下限以处罚决定当时的政策版本所记为准（部分为未确认的推断）',
    en: 'A penalty counts for a hazard when its decision lists the hazard id; minimums are those the policy edition in force recorded (some unconfirmed)',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'signedOffAt', header: '销号时间 signedOffAt' },
    { field: 'signedOffBy', header: '销号人 signedOffBy' },
    { field: 'issues', header: '问题 issues' },
    { field: 'penaltyIds', header: '处罚决定 penalties' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const signOffs = await factsOf(db, cut, params, {
      categories: ['hazard'],
      types: ['HazardSignedOff'],
      period: true,
    });
    const penalties = await factsOf(db, cut, {}, { categories: ['penalty'], types: ['PenaltyDecided'] });
    const penaltiesOf = (hazardId: string): Fact[] =>
      penalties.filter((p) => (p.data.hazardIds as string[]).includes(hazardId));
    return signOffs.flatMap((f) => {
      const found = penaltiesOf(f.entityId);
      const targets = found.flatMap((p) => p.data.targets as { belowMinimum?: boolean }[]);
      const issues: Issue[] = [
        ...(found.length === 0 ? ['no_penalty' as const] : []),
        ...(found.length > 0 && found.every((p) => p.data.noIndividualTarget === true)
          ? ['no_individual_target' as const]
          : []),
        ...(targets.some((t) => t.belowMinimum === true) ? ['below_minimum' as const] : []),
      ];
      if (issues.length === 0) return [];
      return [
        {
          key: positionKey(f.position),
          mineId: f.mineId,
          hazardId: f.entityId,
          signedOffAt: f.occurredAt,
          signedOffBy: { id: f.actorId, name: f.actorName, role: f.actorRole },
          issues,
          penaltyIds: found.map((p) => p.entityId),
          positions: [f.position, ...found.map((p) => p.position)],
        },
      ];
    });
  },
};
