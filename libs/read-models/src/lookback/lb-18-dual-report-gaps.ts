import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, byEntity, factsOf, hoursBetween, positionKey } from './facts';

const RECIPIENTS = ['regulator', 'workers_congress'] as const;
const GRADING = ['MajorHazardDetermined', 'GeneralHazardDetermined', 'HazardGradeChanged'];

const gradeAfter = (f: Fact): 'major' | 'general' =>
  f.type === 'MajorHazardDetermined'
    ? 'major'
    : f.type === 'GeneralHazardDetermined'
      ? 'general'
      : (f.data.to as 'major');

const whenOf = (f: Fact): string =>
  String(f.data.determinedAt ?? f.data.changedAt ?? f.data.submittedAt ?? f.occurredAt);

/**
 * §9 item 18: major hazards (graded major at the cut) lacking either 双报告, or reported after the due time the
 * policy stamped on the report; with the delay from determination to each report (to the cut when missing).
 */
export const lb18: LookbackQuery = {
  id: 'LB-18-dual-report-gaps',
  version: 1,
  title: { zh: '双报告缺失或迟报', en: 'Dual reports missing or late' },
  description: {
    zh: '重大事故隐患缺少向监管部门或职代会的报告，或报告晚于期限；列出从判定到各报告的时长',
    en: 'Major hazards lacking the report to the regulator or to the workers’ congress, or reporting late; hours from determination to each report',
  },
  source: 'domain.md §9 item 18; §1 双报告 (安全生产法 Art. 41(2); 16号令)',
  params: SCOPE_PARAMS,
  limits: {
    zh: '“迟报”以报告事件所载 dueBy（当时的政策版本）为准；未报告者不判断是否逾期，只给出至截点的时长',
    en: '"Late" uses the dueBy stamped on the report (the policy edition then in force); a missing report gets the hours up to the cut, not an overdue verdict',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'clauseId', header: '判定依据 clause' },
    { field: 'determinedAt', header: '判定时间 determinedAt' },
    { field: 'lacking', header: '缺少的报告 lacking' },
    { field: 'regulatorReportedAt', header: '报监管部门 regulator report' },
    { field: 'regulatorDelayHours', header: '监管报告时长(小时) hours' },
    { field: 'regulatorLate', header: '监管报告迟报 late' },
    { field: 'congressReportedAt', header: '报职代会 congress report' },
    { field: 'congressDelayHours', header: '职代会报告时长(小时) hours' },
    { field: 'congressLate', header: '职代会报告迟报 late' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const facts = await factsOf(db, cut, params, {
      categories: ['hazard'],
      types: [...GRADING, 'DualReportSubmitted', 'HazardVoided'],
    });
    const rows: RawRow[] = [];
    for (const [hazardId, history] of byEntity(facts)) {
      const grading = history.filter((f) => GRADING.includes(f.type));
      const last = grading.at(-1);
      if (!last || gradeAfter(last) !== 'major' || history.some((f) => f.type === 'HazardVoided')) continue;
      // The start of the current major period: a downgrade then an upgrade starts the clock again.
      const lastGeneral = grading.map(gradeAfter).lastIndexOf('general');
      const since = grading[lastGeneral + 1];
      const reports = RECIPIENTS.map((r) =>
        history.find(
          (f) =>
            f.type === 'DualReportSubmitted' && f.data.recipient === r && BigInt(f.position) > BigInt(since.position),
        ),
      );
      const late = reports.map((r) => !!r && Date.parse(String(r.data.submittedAt)) > Date.parse(String(r.data.dueBy)));
      const lacking = RECIPIENTS.filter((_, i) => !reports[i]);
      if (lacking.length === 0 && !late.some(Boolean)) continue;
      const delay = (i: number) => hoursBetween(whenOf(since), reports[i] ? whenOf(reports[i]) : cut.asOf);
      rows.push({
        key: `${positionKey(since.position)}:${hazardId}`,
        mineId: since.mineId,
        hazardId,
        determinedAt: whenOf(since),
        clauseId: (since.data.clauseId as string | undefined) ?? null,
        lacking,
        regulatorReportedAt: reports[0] ? whenOf(reports[0]) : null,
        congressReportedAt: reports[1] ? whenOf(reports[1]) : null,
        regulatorLate: late[0],
        congressLate: late[1],
        regulatorDelayHours: delay(0),
        congressDelayHours: delay(1),
        positions: [since.position, ...reports.filter((r): r is Fact => !!r).map((r) => r.position)],
      });
    }
    return rows;
  },
};
