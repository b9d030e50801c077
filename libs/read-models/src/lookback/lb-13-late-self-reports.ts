import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, byEntity, factsOf, positionKey } from './facts';
import { tipsBefore } from './tips-before';
import { InspectionsBefore } from './inspections-before';

const SELF = ['self_check', 'monthly_check'];
const HOUR_MS = 3_600_000;

type Kind = 'backdated' | 'after_inspection_finding' | 'within_hours_of_inspection' | 'after_tip';

/**
 * §9 item 13: hazards recorded as the enterprise's own finding after an inspection of the mine — claimed to have
 * happened before the inspection began (backdated), of a clause the inspection had already found, or recorded
 * within the policy's hours after the inspection was recorded.
 */
export const lb13: LookbackQuery = {
  id: 'LB-13-late-self-reports',
  version: 2,
  title: { zh: '检查后补报、倒签的企业自查隐患', en: 'Self-reports filed after an inspection (backdated or late)' },
  description: {
    zh: '检查开始后才录入、声称发生于检查前的自查隐患；检查已发现同一条款后才自报的隐患；检查录入后若干小时内的自报',
    en: 'Self-reported hazards entered after an inspection began but claimed earlier; of a clause the inspection had already found; or entered within hours of an inspection',
  },
  source: 'domain.md §9 item 13 (Trigger 4 规避处理处罚); §1.3 自查自报激励',
  params: SCOPE_PARAMS,
  limits: {
    zh: '“检查通知”以检查录入代替（尚无通知事件）；举报在先 = 录入前 afterTipDays 天内收到关于该矿山的举报（每件举报一行，inspectionId 为空）；小时数为政策占位值（24）',
    en: 'The "inspection notice" is the inspection’s record (no notice event yet); "after a complaint" = a tip about the mine recorded within afterTipDays before the entry (one row per tip, inspectionId null); the hours are a placeholder (24)',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'kinds', header: '情形 kinds' },
    { field: 'inspectionId', header: '检查 inspection' },
    { field: 'tipId', header: '举报 tip' },
    { field: 'claimedAt', header: '声称发生时间 claimedAt' },
    { field: 'recordedAt', header: '录入时间 recordedAt' },
    { field: 'inspectionStartedAt', header: '检查开始 inspection started' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const hazards = byEntity(
      await factsOf(db, cut, params, {
        categories: ['hazard'],
        types: ['HazardDiscovered', 'MajorHazardDetermined', 'GeneralHazardDetermined'],
        dataFields: ['source', 'clauseId'],
        withEvidence: true,
      }),
    );
    const inspections = await factsOf(db, cut, params, {
      categories: ['inspection'],
      types: ['InspectionRecorded', 'InspectionFindingRecorded'],
      dataFields: ['startedAt', 'clauseId'],
      withEvidence: true,
    });
    const index = new InspectionsBefore(inspections);
    const tips = await factsOf(db, cut, { ...params, from: undefined, to: undefined }, { types: ['TipReceived'] });
    const rows: RawRow[] = [];
    for (const [hazardId, history] of hazards) {
      const found = history[0];
      if (found?.type !== 'HazardDiscovered' || !SELF.includes(String(found.data.source))) continue;
      for (const tip of tipsBefore(tips, found.mineId, found.recordedAt, policy.afterTipDays))
        rows.push({
          key: `${positionKey(found.position)}:tip:${positionKey(tip.position)}`,
          mineId: found.mineId,
          hazardId,
          kinds: ['after_tip'],
          inspectionId: null,
          tipId: tip.entityId,
          claimedAt: found.occurredAt,
          recordedAt: found.recordedAt,
          inspectionStartedAt: null,
          tipRecordedAt: tip.recordedAt,
          policyVersion: policy.version,
          positions: [tip.position, found.position],
        });
      const clause = history.find((f) => f.type !== 'HazardDiscovered' && f.data.clauseId)?.data.clauseId;
      const recorded = Date.parse(found.recordedAt);
      // Candidates: recorded after the claimed time or within the hours (the two timing kinds), or any earlier
      // inspection of the mine that had found the clause; each is then judged exactly as before.
      const since = Math.min(Date.parse(found.occurredAt), recorded - policy.selfReportAfterInspectionHours * HOUR_MS);
      const candidates = new Map<string, Fact>();
      if (found.mineId)
        for (const start of [
          ...index.recordedBetween(found.mineId, since, recorded),
          ...index.withFindingBefore(found.mineId, clause, recorded),
        ])
          candidates.set(start.entityId, start);
      const claimed = Date.parse(found.occurredAt);
      for (const start of candidates.values()) {
        const startedAt = String(start.data.startedAt);
        const { recordedMs, startedMs } = index.times.get(start.entityId)!;
        if (recordedMs > recorded) continue;
        const findings: Fact[] = index.findingsOf(start.entityId, clause);
        const kinds: Kind[] = [
          ...(claimed < startedMs ? ['backdated' as const] : []),
          ...(findings.some((f) => Date.parse(f.recordedAt) < recorded) ? ['after_inspection_finding' as const] : []),
          ...(recorded - recordedMs <= policy.selfReportAfterInspectionHours * HOUR_MS
            ? ['within_hours_of_inspection' as const]
            : []),
        ];
        if (kinds.length === 0) continue;
        rows.push({
          key: `${positionKey(found.position)}:${start.entityId}`,
          mineId: found.mineId,
          hazardId,
          kinds,
          inspectionId: start.entityId,
          tipId: null,
          claimedAt: found.occurredAt,
          recordedAt: found.recordedAt,
          inspectionStartedAt: startedAt,
          policyVersion: policy.version,
          positions: [start.position, ...findings.map((f) => f.position), found.position],
        });
      }
    }
    return rows;
  },
};
