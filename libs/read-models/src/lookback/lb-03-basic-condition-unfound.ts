import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, appendTo, byEntity, everMajorHazards, factsOf, positionKey } from './facts';

const OUTSIDE_SOURCES = ['tip', 'monitoring_alert', 'physical_exam'];
const INSPECTION_TYPES = [
  'InspectionRecorded',
  'ClausesExamined',
  'InspectionResultRecorded',
  'InspectionResultSigned',
];

const basicMajor = (f: Fact) =>
  (f.type === 'MajorHazardDetermined' && f.data.basicCondition === true) ||
  (f.type === 'HazardGradeChanged' && f.data.to === 'major' && f.data.basicCondition === true);

interface Summary {
  start: Fact;
  startedMs: number;
  /** Its facts' positions: the evidence it adds to every row that lists it. */
  positions: string[];
  cell: Record<string, unknown>;
}

/** One inspection as a row lists it: team, clauses examined, result and who signed it. */
const summarise = (events: Fact[]): Summary | undefined => {
  const start = events.find((e) => e.type === 'InspectionRecorded');
  if (!start) return undefined;
  const result = events.filter((e) => e.type === 'InspectionResultRecorded').at(-1);
  const startedAt = String(start.data.startedAt);
  return {
    start,
    startedMs: Date.parse(startedAt),
    positions: events.map((e) => e.position),
    cell: {
      inspectionId: start.entityId,
      startedAt,
      team: (start.data.team as { userId: string }[]).map((m) => m.userId),
      clausesExamined: events
        .filter((e) => e.type === 'ClausesExamined')
        .flatMap((e) => (e.data.clauses as { clauseId: string }[]).map((c) => c.clauseId)),
      result: result ? String(result.data.result) : null,
      signedBy: events.filter((e) => e.type === 'InspectionResultSigned').map((e) => String(e.data.signerId)),
    },
  };
};

/**
 * §9 item 3 (Trigger 1 基本条件类重大隐患长期未查出): major hazards of a basic_condition clause first found by a
 * tip, a monitoring alert or a 体检式精查 — beside every inspection of the same mine in the preceding months: team,
 * clauses examined, result and who signed it.
 */
export const lb03: LookbackQuery = {
  id: 'LB-03-basic-condition-unfound',
  version: 1,
  title: { zh: '基本条件类重大隐患长期未查出', en: 'Basic-condition major hazards earlier inspections missed' },
  description: {
    zh: '由举报、监测预警或体检式精查首先发现的基本条件类重大隐患，及此前 N 个月内该矿的每次检查（检查组、检查条款、结论、签名）',
    en: 'Basic-condition major hazards first found by a tip, monitoring alert or 体检式精查, with every inspection of the mine in the preceding N months (team, clauses examined, result, signers)',
  },
  source: 'domain.md §9 item 3; §3.4 basic_condition (versioned tag); 安全生产法 (2021) Art. 90',
  params: SCOPE_PARAMS,
  limits: {
    zh: 'N 为政策占位值（lookback@2026.1：12 个月）；“上级检查”“事故”来源尚无记录；不比对检查区域；执法记录仪媒体见证据',
    en: 'N is a placeholder (lookback@2026.1: 12 months); "upper-level inspection" and "accident" sources are not recorded yet; areas are not compared',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'clauseId', header: '判定依据 clause' },
    { field: 'source', header: '发现来源 source' },
    { field: 'foundAt', header: '发现时间 foundAt' },
    { field: 'earlierInspections', header: '此前检查 earlier inspections' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const majorIds = await everMajorHazards(db, cut, params);
    if (majorIds.length === 0) return [];
    const hazards = byEntity(
      await factsOf(db, cut, params, {
        categories: ['hazard'],
        types: ['HazardDiscovered', 'MajorHazardDetermined', 'HazardGradeChanged'],
        entityIds: majorIds,
        dataFields: ['source', 'basicCondition', 'to', 'clauseId'],
      }),
    );
    const candidates = [...hazards].filter(([, history]) => {
      const found = history[0];
      return (
        found?.type === 'HazardDiscovered' &&
        history.some(basicMajor) &&
        OUTSIDE_SOURCES.includes(String(found.data.source))
      );
    });
    if (candidates.length === 0) return [];
    // An inspection is recorded at or after it began (the decider refuses a future start), so none recorded before
    // the earliest window can count: read from there on, not the mine's whole history.
    const earliest = new Date(Math.min(...candidates.map(([, h]) => Date.parse(h[0].occurredAt))));
    earliest.setUTCMonth(earliest.getUTCMonth() - policy.earlierInspectionMonths);
    // Each inspection summarised once (not once per hazard), by mine, in start order.
    const inspections = new Map<string, Summary[]>();
    for (const events of byEntity(
      await factsOf(db, cut, params, {
        categories: ['inspection'],
        types: INSPECTION_TYPES,
        dataFields: ['startedAt', 'team', 'clauses', 'result', 'signerId'],
        recordedSince: earliest.toISOString(),
        withEvidence: true,
      }),
    ).values()) {
      const summary = summarise(events);
      if (summary?.start.mineId) appendTo(inspections, summary.start.mineId, summary);
    }
    for (const list of inspections.values()) list.sort((a, b) => a.startedMs - b.startedMs);
    const rows: RawRow[] = [];
    for (const [hazardId, history] of candidates) {
      const found = history[0];
      const determined = history.find(basicMajor) as Fact;
      const foundAt = found.occurredAt;
      const since = new Date(foundAt);
      since.setUTCMonth(since.getUTCMonth() - policy.earlierInspectionMonths);
      const [fromMs, untilMs] = [since.getTime(), Date.parse(foundAt)];
      const earlier = (inspections.get(String(found.mineId)) ?? []).filter(
        (i) => i.startedMs < untilMs && i.startedMs >= fromMs,
      );
      rows.push({
        key: positionKey(found.position),
        mineId: found.mineId,
        hazardId,
        clauseId: String(determined.data.clauseId),
        source: String(found.data.source),
        foundAt,
        earlierInspections: earlier.map((i) => i.cell),
        positions: [found.position, determined.position].concat(...earlier.map((i) => i.positions)),
        policyVersion: policy.version,
      });
    }
    return rows;
  },
};
