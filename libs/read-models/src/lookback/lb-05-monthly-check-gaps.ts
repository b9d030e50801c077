import { monthOf, monthlyCheckPolicyInForce, nextMonth } from '@hazard-ledger/domain';
import { Major, MonthlyCheckRegisterItem, monthlyCheckBoardRowOf } from '../monthly-check-register';
import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, byEntity, factsOf, everMajorHazards } from './facts';
import { MAJOR_SPAN_TYPES, majorAtCut } from './majors-at-cut';

/** A check as the register shows it, from its facts (the board's rule reads deadline, late, signature, result). */
const checkOf = (history: Fact[]): MonthlyCheckRegisterItem | null => {
  const rec = history.find((f) => f.type === 'MonthlyCheckRecorded');
  if (!rec) return null;
  const d = rec.data as unknown as MonthlyCheckRegisterItem & { leader: { id: string; name: string; role: string } };
  const signed = history.find((f) => f.type === 'MonthlyCheckSigned');
  return {
    ...d,
    checkId: rec.entityId,
    mineName: null,
    jurisdiction: null,
    hazardIds: history.filter((f) => f.type === 'MonthlyCheckHazardLinked').map((f) => String(f.data.hazardId)),
    result: signed ? String(signed.data.result) : null,
    summary: signed ? String(signed.data.summary) : null,
    signedBy: signed ? { id: signed.actorId, name: signed.actorName } : null,
    signedAt: signed ? String(signed.data.signedAt) : null,
  };
};

/**
 * §9 item 5: months of a mine with no monthly major-hazard check past its deadline, or signed "none found" while a
 * major hazard of the mine existed that month. The month's status and "existed" are the monthly-check board's own
 * rule (`monthlyCheckBoardRowOf`), applied to the facts at the cut: a hazard counts when it is major at the cut
 * (determined possibly after the month), occurred by the month's end, and had not ended before it began.
 */
export const lb05: LookbackQuery = {
  id: 'LB-05-monthly-check-gaps',
  version: 1,
  title: {
    zh: '月度排查缺失或“未发现”而重大隐患存在',
    en: 'Monthly checks missing, or "none found" while a major hazard existed',
  },
  description: {
    zh: '每月重大事故隐患排查：到期未排查的月份，及签署“未发现”而当月存在（后经认定的）重大事故隐患的月份',
    en: 'Monthly major-hazard checks: months with no check past the deadline, and months signed "none found" while a major hazard (determined then or later) existed',
  },
  source: 'domain.md §9 item 5; §5.4 每月重大事故隐患排查 (上党区 2024 工作要点 十二)',
  params: COMMON_PARAMS.map((p) =>
    p.name === 'from'
      ? { ...p, description: { zh: '起始月份（该时刻所在月）', en: 'first month (the month of this instant)' } }
      : p.name === 'to'
        ? { ...p, description: { zh: '截止月份（缺省为截点所在月）', en: 'last month (default: the cut’s month)' } }
        : p,
  ),
  limits: {
    zh: '与月度排查看板同一规则；from/to 在此指月份（中国标准时间），缺省自 monthly-check 政策的 firstMonth；矿山取截点时已登记者；作废的隐患不计',
    en: 'Same rule as the monthly-check board; from/to name months here (China Standard Time), default from the monthly-check policy’s firstMonth; mines are those registered at the cut; voided hazards do not count',
  },
  columns: [
    { field: 'mineId', header: '矿山 mine' },
    { field: 'month', header: '月份 month' },
    { field: 'status', header: '状态 status' },
    { field: 'deadline', header: '期限 deadline' },
    { field: 'result', header: '结论 result' },
    { field: 'majorHazardIds', header: '当月存在的重大隐患 majors existing' },
    { field: 'noneFoundWhileMajorExisted', header: '未发现但存在 none found while major' },
    { field: 'policyVersion', header: '政策版本 policy' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = monthlyCheckPolicyInForce(cut.asOf);
    const fromMonth = params.from ? monthOf(params.from) : policy.firstMonth;
    const toMonth = monthOf(params.to ?? cut.asOf);
    const scope = { mineId: params.mineId, jurisdiction: params.jurisdiction };
    const mines = await factsOf(db, cut, scope, { types: ['MineRegistered'] });
    const checks = byEntity(await factsOf(db, cut, scope, { categories: ['monthly-check'] }));
    const majorIds = await everMajorHazards(db, cut, scope);
    const hazards = byEntity(
      majorIds.length
        ? await factsOf(db, cut, scope, { categories: ['hazard'], types: MAJOR_SPAN_TYPES, entityIds: majorIds })
        : [],
    );
    const majors: (Major & { positions: string[] })[] = [];
    for (const [hazardId, history] of hazards) {
      const major = majorAtCut(hazardId, history);
      if (major) majors.push(major);
    }
    const byMonth = new Map([...checks.values()].map((h) => [`${h[0].mineId}|${h[0].data.month}`, h]));
    const q = { scope: { kind: 'all' as const }, fromMonth, toMonth, at: cut.asOf, ...policy };
    const rows: RawRow[] = [];
    for (const mine of [...new Set(mines.map((m) => String(m.mineId)))].sort())
      for (let month = fromMonth; month <= toMonth; month = nextMonth(month)) {
        const history = byMonth.get(`${mine}|${month}`) ?? [];
        const row = monthlyCheckBoardRowOf(q, { mineId: mine, name: null }, month, checkOf(history), majors);
        if (row.status !== 'missing' && !row.noneFoundWhileMajorExisted) continue;
        const reg = mines.find((m) => m.mineId === mine)!;
        // A missing month has no event of its own: the mine's registration and the majors of the month stand behind it.
        const behind = [
          ...(history.length > 0 ? history : [reg]),
          ...majors.filter((m) => row.majorHazardIds.includes(m.hazardId)),
        ];
        rows.push({
          key: `${mine}|${month}`,
          mineId: mine,
          month,
          status: row.status,
          deadline: row.deadline,
          result: row.result,
          majorHazardIds: row.majorHazardIds,
          noneFoundWhileMajorExisted: row.noneFoundWhileMajorExisted,
          policyVersion: policy.version,
          positions: behind.flatMap((f) => ('positions' in f ? f.positions : [f.position])),
        });
      }
    return rows;
  },
};
