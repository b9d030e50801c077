import { HazardSource, LinkedRef } from '@hazard-ledger/domain';
import { CastActor } from './cast';
import { HazardCtx } from './hazard-context';
import { CATALOGUE_VERSION, CLAUSES, POLICY } from './mines';
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
  c.emit(
    'HazardDiscovered',
    c.finder,
    (now, at) => ({
      mineId: c.mine.mineId,
      source: c.source,
      location: c.location,
      description: c.description,
      evidence: c.rng.chance(0.85) ? [c.evidence(now)] : [],
      discoveredBy: c.finder.id,
      discoveredAt: at,
      ...(kind && c.rng.chance(0.8)
        ? { linkedRef: { kind, id: `${kind}-${at.slice(0, 4)}-${c.rng.int(1, 9999)}` } }
        : {}),
    }),
    { status: 'discovered', claimed: true },
  );
};

/** 修改留痕: the previous value and the reason stay in the event. */
export const amend = (c: HazardCtx): void => {
  const actor = c.sameSide();
  const describe = c.rng.chance(0.6);
  const previous = describe ? c.description : c.location;
  const next = describe
    ? `${previous}，经复核补充：${c.rng.pick(['范围扩大', '伴有渗水', '已设警戒'])}`
    : `${previous}（更正）`;
  const reason = describe ? '补充现场核实情况 / details confirmed on site' : '地点记录错误 / wrong location recorded';
  c.hours(0.5, 72);
  c.emit(
    describe ? 'HazardDescriptionAmended' : 'HazardLocationAmended',
    actor,
    (now) => ({ previous, next, reason, amendedBy: actor.id, amendedAt: now }),
    { reason },
  );
  if (describe) c.description = next;
  else c.location = next;
};

/** 停产: by the enterprise itself or by a regulator's order; does not change the status. */
export const suspend = (c: HazardCtx, side: 'enterprise' | 'regulator'): void => {
  const actor = side === 'enterprise' ? c.mine.principal : c.regulator();
  const partial = c.rng.chance(0.4);
  c.emit('ProductionSuspended', actor, (now) => {
    const orderNo =
      side === 'enterprise'
        ? `${c.mine.enterprise.name.slice(3, 7)}安停〔${now.slice(0, 4)}〕${c.rng.int(1, 60)}号`
        : c.docNo('停', now);
    c.suspension = { orderNo, issuer: side };
    return {
      scope: partial ? ('partial' as const) : ('full' as const),
      ...(partial ? { area: c.location } : {}),
      orderNo,
      issuer: side,
      orderedBy: actor.id,
      suspendedAt: now,
    };
  });
};

/** 解除停产: the enterprise lifts only its own order on a non-major hazard; otherwise a leader does. */
export const lift = (c: HazardCtx, sameDecisionBy?: CastActor, reason?: string): void => {
  const order = c.suspension;
  if (!order) return;
  const actor = sameDecisionBy ?? (order.issuer === 'enterprise' && !c.major ? c.mine.principal : c.leader());
  const why = reason ?? '经现场核查具备安全生产条件 / safe to resume';
  if (!sameDecisionBy) c.hours(2, 72);
  c.emit(
    'SuspensionLifted',
    actor,
    (now) => ({ orderNo: order.orderNo, reason: why, liftedBy: actor.id, liftedAt: now }),
    { reason: why, sameDecision: sameDecisionBy !== undefined },
  );
  c.suspension = undefined;
};

/** 隐患作废 by a leader who did not find it; an order in force is lifted first (it is never lost with the record). */
export const voidHazard = (c: HazardCtx): void => {
  lift(c);
  const actor = c.leader(new Set([c.finder.id]));
  const reason = c.rng.pick(VOID_REASONS);
  c.days(1, 20);
  c.emit(
    'HazardVoided',
    actor,
    (now) => ({ reason, evidence: [c.evidence(now, 'pdf')], voidedBy: actor.id, voidedAt: now }),
    { status: 'voided', reason },
  );
};

export const close = (c: HazardCtx, actor: CastActor, reason?: string): void => {
  lift(c);
  c.emit('HazardClosed', actor, (now) => ({ ...(reason ? { reason } : {}), closedBy: actor.id, closedAt: now }), {
    status: 'closed',
    ...(reason ? { reason } : {}),
  });
};

/** 升级 (anyone who may grade) or 降级 (a leader only, with grounds); either way the path facts start again. */
export const changeGrade = (c: HazardCtx, to: 'major' | 'general'): void => {
  const actor = to === 'general' ? c.leader() : c.byRegulator ? c.regulator() : c.mine.principal;
  const clause = to === 'major' ? c.rng.pick(CLAUSES[c.mine.siteType]) : undefined;
  const reason =
    to === 'major'
      ? `经复核符合判定标准 ${clause?.id ?? ''} / meets the major-hazard criterion`
      : '专家论证不构成重大事故隐患 / experts found it not major';
  c.days(1, 30);
  c.resetPath();
  const now = c.emit(
    'HazardGradeChanged',
    actor,
    (at) => ({
      from: to === 'major' ? ('general' as const) : ('major' as const),
      to,
      reason,
      ...(clause ? { clauseId: clause.id, basicCondition: clause.basicCondition } : {}),
      catalogueVersion: CATALOGUE_VERSION,
      policyVersion: POLICY.version,
      changedBy: actor.id,
      changedAt: at,
    }),
    { status: to === 'major' ? 'major_determined' : 'general_determined', reason },
  );
  if (to === 'major') c.determinedAt = now;
};
