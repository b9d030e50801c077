import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { byEntity, factsOf, positionKey } from './facts';

const ENDS = ['HazardSignedOff', 'HazardClosed', 'HazardVoided'];

/**
 * §9 item 19: 挂牌督办 items open at the cut and past their current deadline (the listing's, or the last granted
 * extension's), and items whose deadline was extended repeatedly (the policy's repeatedExtensions grants or more).
 */
export const lb19: LookbackQuery = {
  id: 'LB-19-supervision-overdue',
  version: 1,
  title: { zh: '挂牌督办逾期或反复延期', en: 'Supervised hazards overdue or repeatedly extended' },
  description: {
    zh: '截点时仍未销号且已过当前期限的挂牌督办隐患，以及两次及以上批准延期的隐患',
    en: 'Listed (挂牌) hazards still open and past their current deadline at the cut, and those granted two or more extensions',
  },
  source: 'domain.md §9 item 19; §2.3 挂牌督办',
  params: SCOPE_PARAMS,
  limits: {
    zh: '“逾期后未约谈/通报”尚无约谈、通报记录；延期理由为必填，故不检查“无理由延期”；“反复”= 政策 repeatedExtensions 次及以上',
    en: '"No 约谈/通报 after overdue" has no record yet; an extension always has a reason (the decider requires one); "repeated" = policy repeatedExtensions grants or more',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'noticeNo', header: '督办通知书 noticeNo' },
    { field: 'listedBy', header: '挂牌人 listedBy' },
    { field: 'deadline', header: '当前期限 deadline' },
    { field: 'overdue', header: '逾期 overdue' },
    { field: 'daysOverdue', header: '逾期天数 days overdue' },
    { field: 'extensionsGranted', header: '批准延期次数 extensions' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const facts = await factsOf(db, cut, params, {
      categories: ['hazard'],
      types: ['SupervisionListed', 'ExtensionGranted', ...ENDS],
    });
    const policy = lookbackPolicyInForce(cut.asOf);
    const rows: RawRow[] = [];
    for (const [hazardId, history] of byEntity(facts)) {
      const listed = history.find((f) => f.type === 'SupervisionListed');
      if (!listed || history.some((f) => ENDS.includes(f.type))) continue;
      const grants = history.filter((f) => f.type === 'ExtensionGranted');
      const deadline = String(grants.at(-1)?.data.newDeadline ?? listed.data.deadline);
      const late = Date.parse(cut.asOf) - Date.parse(deadline);
      if (late <= 0 && grants.length < policy.repeatedExtensions) continue;
      rows.push({
        key: positionKey(listed.position),
        mineId: listed.mineId,
        hazardId,
        noticeNo: String(listed.data.noticeNo),
        listedBy: { id: listed.actorId, name: listed.actorName, role: listed.actorRole },
        deadline,
        overdue: late > 0,
        daysOverdue: late > 0 ? Math.floor(late / 86_400_000) : 0,
        extensionsGranted: grants.length,
        policyVersion: policy.version,
        positions: [listed.position, ...grants.map((g) => g.position)],
      });
    }
    return rows;
  },
};
