import { policyInForce } from '@hazard-ledger/domain';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, byEntity, factsOf, positionKey } from './facts';

const DAY_MS = 86_400_000;
const TYPES = [
  'RemediationPlanSubmitted',
  'RemediationPlanAccepted',
  'RemediationEvaluated',
  'SignOffRequested',
  'SiteReviewSigned',
  'SignatureRevoked',
  'SignOffRejected',
  'HazardSignedOff',
];

type Issue = 'too_few_reviewers' | 'no_evaluation' | 'reviewer_involved_in_plan' | 'review_late' | 'review_overdue';

/** The reviewers whose site-review signature stands (a revoked signature no longer counts). */
const reviewersOf = (history: Fact[]): Fact[] =>
  history.filter(
    (f) =>
      f.type === 'SiteReviewSigned' &&
      !history.some(
        (r) =>
          r.type === 'SignatureRevoked' &&
          (r.data.signatureRef as { eventType?: string; signerId?: string }).eventType === 'SiteReviewSigned' &&
          (r.data.signatureRef as { signerId?: string }).signerId === f.data.reviewerId,
      ),
  );

/**
 * §9 item 15 (销号 integrity): sign-offs with too few standing site reviews, no evaluation, a reviewer who took part
 * in the plan, or a first review later than the policy's days after the request; and requests still unreviewed
 * past those days at the cut.
 */
export const lb15: LookbackQuery = {
  id: 'LB-15-sign-off-integrity',
  version: 1,
  title: { zh: '销号完整性', en: 'Sign-off integrity' },
  description: {
    zh: '销号缺少足够的现场复查签名、无评估报告、复查人参与过整改方案、复查晚于申请后规定天数；或截点时申请已超期未复查',
    en: 'Sign-offs with too few standing site reviews, no evaluation, a reviewer involved in the plan, or a review later than the policy’s days; requests still unreviewed past them at the cut',
  },
  source:
    'domain.md §9 item 15; §2.2 (16号令 Art. 23, 10-day review, recalled); policy siteReviewWithinDays, minSiteReviewers',
  params: SCOPE_PARAMS,
  limits: {
    zh: '大部分情形已由决策器拒绝（可出现在导入的历史记录中）；“整改前后证据缺失”尚未检查；天数与人数取当时的 policy 版本',
    en: 'The deciders refuse most of these (they can occur in imported legacy records); "missing before/after evidence" is not checked yet; days and reviewers from the policy edition then in force',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'issues', header: '问题 issues' },
    { field: 'requestedAt', header: '申请销号 requestedAt' },
    { field: 'reviewers', header: '复查人 reviewers' },
    { field: 'signedOffAt', header: '销号时间 signedOffAt' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = policyInForce(cut.asOf);
    const rows: RawRow[] = [];
    for (const [hazardId, history] of byEntity(
      await factsOf(db, cut, params, { categories: ['hazard'], types: TYPES }),
    )) {
      const request = history.filter((f) => f.type === 'SignOffRequested').at(-1);
      if (!request) continue;
      const after = history.slice(history.indexOf(request) + 1);
      const signedOff = after.find((f) => f.type === 'HazardSignedOff');
      if (!signedOff && after.some((f) => f.type === 'SignOffRejected')) continue;
      const reviews = reviewersOf(after);
      const due = Date.parse(request.occurredAt) + policy.siteReviewWithinDays * DAY_MS;
      const planners = new Set(
        history.flatMap((f) =>
          f.type === 'RemediationPlanSubmitted'
            ? [f.actorId, ...((f.data.contributors as string[] | undefined) ?? [])]
            : f.type === 'RemediationPlanAccepted'
              ? [f.actorId]
              : [],
        ),
      );
      const issues: Issue[] = signedOff
        ? [
            ...(reviews.length < policy.minSiteReviewers ? ['too_few_reviewers' as const] : []),
            ...(!history.some((f) => f.type === 'RemediationEvaluated') ? ['no_evaluation' as const] : []),
            ...(reviews.some((r) => planners.has(String(r.data.reviewerId)))
              ? ['reviewer_involved_in_plan' as const]
              : []),
            ...(reviews.length > 0 && Date.parse(reviews[0].occurredAt) > due ? ['review_late' as const] : []),
          ]
        : reviews.length < policy.minSiteReviewers && Date.parse(cut.asOf) > due
          ? ['review_overdue']
          : [];
      if (issues.length === 0) continue;
      rows.push({
        key: positionKey(request.position),
        mineId: request.mineId,
        hazardId,
        issues,
        requestedAt: request.occurredAt,
        reviewers: reviews.map((r) => String(r.data.reviewerId)),
        signedOffAt: signedOff?.occurredAt ?? null,
        policyVersion: policy.version,
        positions: [request.position, ...reviews.map((r) => r.position), ...(signedOff ? [signedOff.position] : [])],
      });
    }
    return rows;
  },
};
