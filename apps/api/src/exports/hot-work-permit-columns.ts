import { ExportColumn } from './export-columns';

type Row = Record<string, unknown>;
const text = (key: string) => (row: Row) => row[key] ?? '';
const name = (key: string) => (row: Row) => (row[key] as { name?: string } | null)?.name ?? '';
const list = (key: string) => (row: Row) => ((row[key] as string[] | null) ?? []).join('；');
const STATUS_ZH: Record<string, string> = {
  requested: '已申请',
  approved: '已审批',
  started: '作业中',
  finished: '已完工',
  cancelled: '已作废',
};

/** 动火作业票台账 export: Chinese headers with the English field beside, as the other registers. */
export const HOT_WORK_PERMIT_EXPORT: ExportColumn[] = [
  { header: '作业票编号 permitId', value: text('permitId') },
  { header: '矿山 mine', value: text('mineName') },
  { header: '矿山编号 mineId', value: text('mineId') },
  { header: '状态 status', value: (r) => STATUS_ZH[String(r.status)] ?? r.status },
  { header: '动火地点 location', value: text('location') },
  { header: '井下或井口 underground', value: (r) => (r.underground === true ? '是' : '否') },
  { header: '作业内容 work', value: text('work') },
  { header: '有效期起 windowStart', value: text('windowStart') },
  { header: '有效期止 windowEnd', value: text('windowEnd') },
  { header: '申请措施 precautions', value: list('precautions') },
  { header: '外包单位 contractorId', value: text('contractorId') },
  { header: '申请人 requestedBy', value: name('requestedBy') },
  { header: '申请时间 requestedAt', value: text('requestedAt') },
  { header: '审批人 approvedBy', value: name('approvedBy') },
  { header: '审批时间 approvedAt', value: text('approvedAt') },
  { header: '审批措施 approvedPrecautions', value: list('approvedPrecautions') },
  { header: '开始时间 startedAt', value: text('startedAt') },
  { header: '完工时间 finishedAt', value: text('finishedAt') },
  { header: '完工说明 finishNote', value: text('finishNote') },
  { header: '作废时间 cancelledAt', value: text('cancelledAt') },
  { header: '作废原因 cancelReason', value: text('cancelReason') },
  { header: '政策版本 policyVersion', value: text('policyVersion') },
];
