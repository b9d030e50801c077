import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { byEntity, factsOf, positionKey } from './facts';

const DAY_MS = 86_400_000;
const ACTS = [
  'HazardVoided',
  'HazardVoidRequested',
  'HazardLocationAmended',
  'HazardDescriptionAmended',
  'HazardClosed',
];
// Events that set the hazard's current deadline, and where each keeps it.
const DEADLINES: Record<string, string> = {
  RectificationAssigned: 'deadline',
  RemediationPlanSubmitted: 'deadline',
  ExtensionGranted: 'newDeadline',
  SupervisionListed: 'deadline',
  SignOffRejected: 'newDeadline',
};

/**
 * §9 item 14: hazards voided, merged (closed on a "merged" ground) or re-scoped (location or description amended)
 * within the policy's days before their then-current deadline, or while a sign-off review was pending.
 */
export const lb14: LookbackQuery = {
  id: 'LB-14-rescoped-before-deadline',
  version: 1,
  title: {
    zh: '临近期限或复查前作废、合并、改范围的隐患',
    en: 'Voided, merged or re-scoped shortly before a deadline or review',
  },
  description: {
    zh: '在当时整改期限前 N 天内、或销号复查期间被作废、合并关闭、修改位置或描述的隐患',
    en: 'Hazards voided, closed as merged, or whose location or description was amended within N days before their then-current deadline, or during a sign-off review',
  },
  source: 'domain.md §9 item 14 (Trigger 4 规避处理处罚)',
  params: SCOPE_PARAMS,
  limits: {
    zh: 'N 为政策占位值（lookback@2026.1：7 天）；“当时期限”取该行为之前最后设定的期限；复查期间 = 已申请销号且未有结论',
    en: 'N is a placeholder (lookback@2026.1: 7 days); the deadline is the last one set before the act; "during review" = sign-off requested, no outcome yet',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'act', header: '行为 act' },
    { field: 'by', header: '操作人 by' },
    { field: 'actAt', header: '行为时间 actAt' },
    { field: 'deadline', header: '当时期限 deadline' },
    { field: 'daysBeforeDeadline', header: '距期限天数 days before' },
    { field: 'duringReview', header: '复查期间 during review' },
    { field: 'reason', header: '理由 reason' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const facts = await factsOf(db, cut, params, {
      categories: ['hazard'],
      types: [...ACTS, ...Object.keys(DEADLINES), 'SignOffRequested', 'HazardSignedOff'],
    });
    const rows: RawRow[] = [];
    for (const [hazardId, history] of byEntity(facts)) {
      history.forEach((act, i) => {
        if (!ACTS.includes(act.type)) return;
        if (act.type === 'HazardClosed' && (act.data.legalGround as { kind?: string } | undefined)?.kind !== 'merged')
          return;
        const earlier = history.slice(0, i);
        const setter = earlier.filter((f) => f.type in DEADLINES).at(-1);
        const deadline = setter ? String(setter.data[DEADLINES[setter.type]]) : null;
        const days = deadline ? (Date.parse(deadline) - Date.parse(act.occurredAt)) / DAY_MS : null;
        const near = days !== null && days >= 0 && days <= policy.rescopeBeforeDeadlineDays;
        const lastRequest = earlier.filter((f) => f.type === 'SignOffRequested').at(-1);
        const duringReview =
          !!lastRequest &&
          !earlier
            .slice(earlier.indexOf(lastRequest))
            .some((f) => f.type === 'HazardSignedOff' || f.type === 'SignOffRejected');
        if (!near && !duringReview) return;
        rows.push({
          key: positionKey(act.position),
          mineId: act.mineId,
          hazardId,
          act: act.type,
          by: { id: act.actorId, name: act.actorName, role: act.actorRole },
          actAt: act.occurredAt,
          deadline,
          daysBeforeDeadline: days === null ? null : Math.round(days * 10) / 10,
          duringReview,
          reason: (act.data.reason as string | undefined) ?? null,
          positions: [
            ...(setter ? [setter.position] : []),
            ...(duringReview && lastRequest ? [lastRequest.position] : []),
            act.position,
          ].sort((a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : 1)),
        });
      });
    }
    return rows;
  },
};
