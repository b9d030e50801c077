import { ExportColumn } from './export-columns';

type Row = Record<string, unknown>;
const text = (key: string) => (row: Row) => row[key] ?? '';
const yes = (key: string) => (row: Row) => (row[key] === true ? '是' : row[key] === false ? '否' : '');
const list = (key: string) => (row: Row) => ((row[key] as string[] | null) ?? []).join('；');
const RESULT_ZH: Record<string, string> = { hazards_found: '发现重大事故隐患', none_found: '未发现重大事故隐患' };
const STATUS_ZH: Record<string, string> = {
  done: '已按时完成',
  done_late: '逾期完成',
  unsigned: '已登记未签字',
  missing: '缺失',
  not_due: '未到期',
};

/** 月度重大事故隐患排查台账 export: Chinese headers with the English field beside, as the other registers. */
export const MONTHLY_CHECK_REGISTER_EXPORT: ExportColumn[] = [
  { header: '排查编号 checkId', value: text('checkId') },
  { header: '矿山 mine', value: text('mineName') },
  { header: '矿山编号 mineId', value: text('mineId') },
  { header: '月份 month', value: text('month') },
  { header: '排查时间 performedAt', value: text('performedAt') },
  { header: '录入时间 recordedAt', value: text('recordedAt') },
  { header: '牵头人 leader', value: (r) => (r.leader as { name?: string } | null)?.name ?? '' },
  { header: '主要负责人牵头 ledByPrincipal', value: yes('ledByPrincipal') },
  {
    header: '参加人员 participants',
    value: (r) =>
      ((r.participants as { name: string; position: string }[]) ?? [])
        .map((p) => `${p.name}（${p.position}）`)
        .join('；'),
  },
  { header: '排查区域 areas', value: list('areas') },
  { header: '排查条款 clauses', value: list('clauses') },
  { header: '应完成时间 deadline', value: text('deadline') },
  { header: '逾期 late', value: yes('late') },
  { header: '排查结论 result', value: (r) => RESULT_ZH[String(r.result)] ?? '' },
  { header: '结论说明 summary', value: text('summary') },
  { header: '关联隐患 hazardIds', value: list('hazardIds') },
  { header: '签字人 signedBy', value: (r) => (r.signedBy as { name?: string } | null)?.name ?? '' },
  { header: '签字时间 signedAt', value: text('signedAt') },
  { header: '政策版本 policyVersion', value: text('policyVersion') },
];

/** 每月排查看板 export: one line per month. */
export const MONTHLY_CHECK_BOARD_EXPORT: ExportColumn[] = [
  { header: '矿山 mine', value: text('mineName') },
  { header: '矿山编号 mineId', value: text('mineId') },
  { header: '月份 month', value: text('month') },
  { header: '状态 status', value: (r) => STATUS_ZH[String(r.status)] ?? r.status },
  { header: '应完成时间 deadline', value: text('deadline') },
  { header: '排查结论 result', value: (r) => RESULT_ZH[String(r.result)] ?? '' },
  { header: '主要负责人牵头 ledByPrincipal', value: yes('ledByPrincipal') },
  { header: '当月存在的重大隐患 majorHazardIds', value: list('majorHazardIds') },
  { header: '报"未发现"但实有重大隐患 noneFoundWhileMajorExisted', value: yes('noneFoundWhileMajorExisted') },
];
