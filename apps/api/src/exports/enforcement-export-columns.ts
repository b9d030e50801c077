import { ExportColumn } from './export-columns';

const f =
  (key: string) =>
  (row: Record<string, unknown>): unknown =>
    row[key] ?? '';
const yes = (key: string) => (row: Record<string, unknown>) => (row[key] === true ? '是' : '否');
const list = (key: string) => (row: Record<string, unknown>) => ((row[key] as unknown[]) ?? []).join('、');

export const SUSPENSION_EXPORT: ExportColumn[] = [
  { header: '矿山 mine', value: f('mineName') },
  { header: '矿山编号 mineId', value: f('mineId') },
  { header: '辖区 jurisdiction', value: f('jurisdiction') },
  { header: '状态 status', value: f('status') },
  { header: '停产整顿指令 orderNo', value: f('orderNo') },
  { header: '指令文书 orderDocumentId', value: f('orderDocumentId') },
  { header: '范围 extent', value: f('extent') },
  { header: '区域 area', value: f('area') },
  { header: '所列隐患 hazardIds', value: list('hazardIds') },
  { header: '停产起始 since', value: f('since') },
  { header: '下达人 orderedBy', value: f('orderedBy') },
  { header: '复产批准 approvalNo', value: f('approvalNo') },
  { header: '复产时间 resumedAt', value: f('resumedAt') },
  {
    header: '所据销号 signOffs',
    value: (r) =>
      ((r.signOffs as { hazardId: string; decisionNo: string | null }[]) ?? [])
        .map((s) => `${s.hazardId}:${s.decisionNo ?? ''}`)
        .join('、'),
  },
];

export const PLAN_BOARD_EXPORT: ExportColumn[] = [
  { header: '矿山 mine', value: f('mineName') },
  { header: '矿山编号 mineId', value: f('mineId') },
  { header: '辖区 jurisdiction', value: f('jurisdiction') },
  { header: '年度 year', value: f('year') },
  { header: '计划 planId', value: f('planId') },
  { header: '计划项 planItemId', value: f('planItemId') },
  { header: '计划状态 planStatus', value: f('planStatus') },
  { header: '风险等级 grade', value: f('grade') },
  { header: '计划次数 planned', value: f('planned') },
  { header: '上限 cap', value: f('cap') },
  { header: '政策版本 policyVersion', value: f('policyVersion') },
  { header: '已检查 done', value: f('done') },
  { header: '计划内 inPlan', value: f('inPlan') },
  { header: '四不两直 unannounced', value: f('unannounced') },
  { header: '四不两直占比 unannouncedShare', value: f('unannouncedShare') },
  { header: '联合检查(季度) jointByQuarter', value: list('jointByQuarter') },
  { header: '检查不足 underInspected', value: yes('underInspected') },
  { header: '超过上限 overCap', value: yes('overCap') },
];
