import { ClosureGround, HazardSource, LinkedRef } from '@hazard-ledger/domain';
import { CastActor } from './cast';
import { HazardCtx, MEANING } from './hazard-context';
import { CLAUSES } from './mines';
import { VOID_REASONS } from './texts';

const LINK_KIND: Partial<Record<HazardSource, LinkedRef['kind']>> = {
  inspection: 'inspection',
  tip: 'complaint',
  monitoring_alert: 'monitoring_alert',
  physical_exam: 'physical_exam',
  monthly_check: 'monthly_investigation',
};

/** 隐患发现登记: the first event, back-dated to when it was found (recorded minutes to days later). */
export const discover = (c: HazardCtx): void => {
  const kind = LINK_KIND[c.source];
  c.issue(
    'DiscoverHazard',
    c.finder,
    (now, at) => ({
      mineId: c.mine.mineId,
      source: c.source,
      location: c.location,
      description: c.description,
      evidence: c.rng.chance(0.85) ? [c.evidence(now)] : [],
      occurredAt: at,
      // 谁检查、谁签名: an inspector's finding is signed.
      ...(c.source === 'inspection' ? { signature: c.signature(c.finder, MEANING.discovery, now) } : {}),
      // A finding by inspection always names its inspection (issue 13 item 7); other links are sometimes missing.
      ...(kind && (c.source === 'inspection' || c.rng.chance(0.8))
        ? { linkedRef: { kind, id: `${kind}-${at.slice(0, 4)}-${c.rng.int(1, 9999)}` } }
        : {}),
    }),
    { claimed: true },
  );
};

/** 修改留痕: the decider records the previous value beside the new one and the reason. */
export const amend = (c: HazardCtx): void => {
  const actor = c.sameSide();
  const describe = c.rng.chance(0.6);
  const next = describe
    ? `${c.description}，经复核补充：${c.rng.pick(['范围扩大', '伴有渗水', '已设警戒'])}`
    : `${c.location}（更正）`;
  const reason = describe ? '补充现场核实情况 / details confirmed on site' : '地点记录错误 / wrong location recorded';
  c.hours(0.5, 72);
  c.issue(describe ? 'AmendHazardDescription' : 'AmendHazardLocation', actor, () => ({ next, reason }));
};

/**
 * 停产 on the hazard: the enterprise stopping itself. A regulator's 停产整顿 is an order on the mine citing a signed
 * document (ADR 20261207-one-fact-suspension), which this generator of hazard streams does not write.
 */
export const suspend = (c: HazardCtx): void => {
  const partial = c.rng.chance(0.4);
  c.issue('SuspendProduction', c.mine.principal, (now) => ({
    scope: partial ? ('partial' as const) : ('full' as const),
    ...(partial ? { area: c.location } : {}),
    orderNo: `${c.mine.enterprise.name.slice(3, 7)}安停〔${now.slice(0, 4)}〕${c.rng.int(1, 60)}号`,
  }));
};

/** 解除停产: the enterprise lifts only its own order on a non-major hazard; otherwise a leader does. */
export const lift = (c: HazardCtx): void => {
  const order = c.suspension;
  if (!order) return;
  const actor = order.issuer === 'enterprise' && !c.major ? c.mine.principal : c.leader();
  const reason = '经现场核查具备安全生产条件 / safe to resume';
  c.hours(2, 72);
  c.issue('LiftSuspension', actor, () => ({ orderNo: order.orderNo, reason }));
};

/**
 * 隐患作废 by a leader who did not find it; an order in force is lifted first (it is never lost with the record).
 * A major hazard's void is only requested so; a second leader approves it (ADR 20261207-two-leader-void).
 * Returns whether the hazard ended.
 */
export const voidHazard = (c: HazardCtx): boolean => {
  lift(c);
  const actor = c.leader(new Set([c.finder.id]));
  const reason = c.rng.pick(VOID_REASONS);
  c.days(1, 20);
  c.issue('VoidHazard', actor, (now) => ({
    reason,
    evidence: [c.evidence(now, 'pdf')],
    signature: c.signature(actor, MEANING.void, now),
  }));
  return c.majorFacts ? approveVoid(c, actor.id) : true;
};

/** Not the requester, the determiner or the finder; with too few leaders in the area the void stays pending. */
const approveVoid = (c: HazardCtx, requestedBy: string): boolean => {
  const taken = new Set([requestedBy, c.finder.id, c.majorFacts?.determinedBy ?? '']);
  const approvers = c.mine.jurisdiction.leaders.filter((l) => !taken.has(l.id));
  if (approvers.length === 0) return false;
  const approver = c.rng.pick(approvers);
  c.hours(2, 72);
  c.issue('ApproveVoid', approver, (now) => ({ signature: c.signature(approver, MEANING.closureApproval, now) }));
  return true;
};

export const close = (
  c: HazardCtx,
  actor: CastActor,
  reason?: string,
  groundAt?: (now: string) => ClosureGround,
): void => {
  lift(c);
  c.issue('CloseHazard', actor, (now) => ({
    ...(reason ? { reason } : {}),
    ...(groundAt ? { legalGround: groundAt(now) } : {}),
  }));
};

/** 升级 (a determiner, signed) or 降级 (a leader other than the determiner, signed, with grounds): the path starts again. */
export const changeGrade = (c: HazardCtx, to: 'major' | 'general'): void => {
  const determiner = c.majorFacts?.determinedBy;
  const downgrader = () => c.leader(new Set(determiner ? [determiner] : []));
  const actor = to === 'general' ? downgrader() : c.byRegulator ? c.regulator() : c.mine.principal;
  const clause = to === 'major' ? c.rng.pick(CLAUSES[c.mine.siteType]) : undefined;
  const reason =
    to === 'major'
      ? `经复核符合判定标准 ${clause?.id ?? ''} / meets the major-hazard criterion`
      : '专家论证不构成重大事故隐患 / experts found it not major';
  c.days(1, 30);
  c.issue('ChangeHazardGrade', actor, (now) => ({
    to,
    reason,
    ...(clause ? { clauseId: clause.id } : {}),
    ...(to === 'general'
      ? {
          technicalGrounds: '专家组复核测定结果满足要求 / the experts’ re-measurement meets the standard',
          evidence: [c.evidence(now, 'pdf')],
          signature: c.signature(actor, MEANING.downgrade, now),
        }
      : // An upgrade is a major determination, signed as one (§8.2 row 1).
        { signature: c.signature(actor, MEANING.determination, now) }),
  }));
};
