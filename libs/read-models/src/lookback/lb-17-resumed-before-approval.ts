import { COMMON_PARAMS, LookbackCut, LookbackQuery, RawRow } from './lookback-query';
import { Fact, actorOf, byEntity, factsOf, hoursBetween, positionKey } from './facts';

/** One 停产整顿 of a mine: from its first order to the 复产批准 (null while none by the cut). */
interface Suspension {
  orderNo: string;
  extent: string;
  area: string | null;
  suspendedAt: string;
  orderedBy: ReturnType<typeof actorOf>;
  positions: string[];
  approval: { approvalNo: string; approvedAt: string; approvedBy: ReturnType<typeof actorOf>; position: string } | null;
}

/** A recorded sign of activity at a mine, at a valid time. */
interface Activity {
  kind: 'production_signal' | 'hot_work_started';
  source: string;
  observedAt: string;
  recordedBy: ReturnType<typeof actorOf>;
  reference: string | null;
  position: string;
}

const timeOf = (f: Fact, field: string): string =>
  typeof f.data[field] === 'string' ? String(f.data[field]) : f.occurredAt;

/** Folds a mine's orders: a widening order (supersedes) continues the suspension it widens. */
export const suspensionsOf = (events: Fact[]): Suspension[] => {
  const out: Suspension[] = [];
  let open: Suspension | undefined;
  for (const f of events) {
    if (f.type === 'MineProductionSuspended') {
      const scope = (f.data.scope ?? {}) as { extent?: string; area?: string };
      if (open) {
        open.positions.push(f.position);
        // A widening order makes the whole mine suspended: the partial order's area no longer bounds it.
        open.extent = scope.extent ?? open.extent;
        if (open.extent === 'full') open.area = null;
        continue;
      }
      open = {
        orderNo: String(f.data.orderNo),
        extent: scope.extent ?? 'full',
        area: scope.area ?? null,
        suspendedAt: timeOf(f, 'suspendedAt'),
        orderedBy: actorOf(f),
        positions: [f.position],
        approval: null,
      };
      out.push(open);
    } else if (f.type === 'MineProductionResumed' && open) {
      const approvedAt = timeOf(f, 'resumedAt');
      open.approval = {
        approvalNo: String(f.data.approvalNo),
        approvedAt,
        approvedBy: actorOf(f),
        position: f.position,
      };
      open = undefined;
    }
  }
  return out;
};

const activityOf = (f: Fact): Activity | undefined => {
  if (f.type === 'ProductionSignalRecorded' && f.data.producing === true)
    return {
      kind: 'production_signal',
      source: String(f.data.source),
      observedAt: timeOf(f, 'observedAt'),
      recordedBy: actorOf(f),
      reference: typeof f.data.reference === 'string' ? f.data.reference : null,
      position: f.position,
    };
  if (f.type === 'HotWorkStarted')
    return {
      kind: 'hot_work_started',
      source: 'hot_work',
      observedAt: timeOf(f, 'startedAt'),
      recordedBy: actorOf(f),
      reference: f.entityId,
      position: f.position,
    };
  return undefined;
};

const during = (s: Suspension, at: string): boolean =>
  Date.parse(at) > Date.parse(s.suspendedAt) &&
  (s.approval === null || Date.parse(at) < Date.parse(s.approval.approvedAt));

const rowOf = (mineId: string, a: Activity, s: Suspension, cut: LookbackCut): RawRow => ({
  key: `${mineId}:${positionKey(a.position)}`,
  mineId,
  activity: a.kind,
  source: a.source,
  observedAt: a.observedAt,
  reference: a.reference,
  recordedBy: a.recordedBy,
  orderNo: s.orderNo,
  extent: s.extent,
  area: s.area,
  suspendedAt: s.suspendedAt,
  orderedBy: s.orderedBy,
  approvalNo: s.approval?.approvalNo ?? null,
  approvedAt: s.approval?.approvedAt ?? null,
  approvedBy: s.approval?.approvedBy ?? null,
  hoursAfterSuspension: hoursBetween(s.suspendedAt, a.observedAt),
  // Without an approval by the cut, the gap runs to the cut: the mine was active and still not approved then.
  hoursBeforeApproval: hoursBetween(a.observedAt, s.approval?.approvedAt ?? cut.asOf),
  approvedByCut: s.approval !== null,
  positions: [...s.positions, a.position, ...(s.approval ? [s.approval.position] : [])],
});

/**
 * §9 item 17: signs of activity at a mine — a regulator's production signal (monitoring, power, personnel positioning,
 * output, site) showing it producing, or hot work started — observed after a 停产整顿 order took effect and before
 * its 复产批准 (or with none by the cut), with who ordered, who approved and the gap.
 */
export const lb17: LookbackQuery = {
  id: 'LB-17-resumed-before-approval',
  version: 1,
  title: { zh: '复产批准前恢复生产', en: 'Resumed production before the resumption approval' },
  description: {
    zh: '停产整顿指令生效后、复产批准前（或截至截点仍未批准）的生产迹象（监测监控、用电、人员定位、产量、现场检查）及动火作业开工，含下令人、批准人与时间差',
    en: 'Signs of production (monitoring, power, personnel positioning, output, site observation) and hot work started after a suspension order took effect and before its resumption approval (or with none by the cut), with who ordered, who approved and the gap',
  },
  source:
    'domain.md §9 item 17; §2.4 (安全生产法 暂时停产停业, resume only after review); §4.3 item 5 and 7; 16号令 Art. 18',
  params: COMMON_PARAMS,
  limits: {
    zh: '只看矿山停产整顿指令（MineProductionSuspended/MineProductionResumed），不看企业自行停产（隐患上的 ProductionSuspended）；生产迹象由监管人员录入（未接入监测、用电、人员定位系统）；显示“未生产”的迹象不抵消；局部停产不比对区域；不设最短间隔（指令送达后的停机过程也列出，由调查人员判断）；时间为有效时间（观测时间），期间（from/to）按迹象的记录时间',
    en: 'Mine orders only (MineProductionSuspended/MineProductionResumed), not an enterprise’s own stop on a hazard; signals are entered by regulators (no feed from monitoring, power or positioning systems yet); a "not producing" signal does not offset one; a partial suspension’s area is not compared; no minimum gap (wind-down after the order is listed too, for the investigator to judge); times are valid time (when observed), the period (from/to) bounds the signals’ recording',
  },
  columns: [
    { field: 'mineId', header: '矿山 mine' },
    { field: 'activity', header: '迹象 activity' },
    { field: 'source', header: '来源 source' },
    { field: 'observedAt', header: '观测时间 observed at' },
    { field: 'recordedBy', header: '记录人 recorded by' },
    { field: 'orderNo', header: '停产整顿指令 order' },
    { field: 'suspendedAt', header: '停产时间 suspended at' },
    { field: 'orderedBy', header: '下令人 ordered by' },
    { field: 'approvalNo', header: '复产批准 approval' },
    { field: 'approvedAt', header: '批准时间 approved at' },
    { field: 'approvedBy', header: '批准人 approved by' },
    { field: 'hoursBeforeApproval', header: '早于批准（小时）hours before approval' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const mines = byEntity(
      await factsOf(db, cut, params, {
        categories: ['mine'],
        types: ['MineProductionSuspended', 'MineProductionResumed'],
      }),
    );
    const activities = await factsOf(db, cut, params, {
      categories: ['production-signal', 'hot-work-permit'],
      types: ['ProductionSignalRecorded', 'HotWorkStarted'],
      period: true,
    });
    const rows: RawRow[] = [];
    for (const f of activities) {
      const activity = activityOf(f);
      if (!activity || !f.mineId) continue;
      const suspension = suspensionsOf(mines.get(f.mineId) ?? []).find((s) => during(s, activity.observedAt));
      if (suspension) rows.push(rowOf(f.mineId, activity, suspension, cut));
    }
    return rows;
  },
};
