import { INSPECTION_KIND_ZH, InspectionKind } from '@hazard-ledger/domain';
import { ExportColumn } from './export-columns';

type Row = Record<string, unknown>;
const text = (key: string) => (row: Row) => row[key] ?? '';
const yes = (key: string) => (row: Row) => (row[key] === true ? '是' : '否');
const team = (row: Row) =>
  ((row.team as { name: string; certificateNo: string; leader: boolean }[]) ?? [])
    .map((m) => `${m.name}（${m.certificateNo}）${m.leader ? '［带队］' : ''}`)
    .join('；');
const RESULT_ZH: Record<string, string> = {
  no_major_hazard: '未发现重大事故隐患',
  major_hazard_found: '发现重大事故隐患',
};

/** 检查台账 export: Chinese headers with the English field beside, as the other registers. */
export const INSPECTION_REGISTER_EXPORT: ExportColumn[] = [
  { header: '检查编号 inspectionId', value: text('inspectionId') },
  { header: '矿山 mine', value: text('mineName') },
  { header: '矿山编号 mineId', value: text('mineId') },
  { header: '辖区 jurisdiction', value: text('jurisdiction') },
  { header: '检查方式 kind', value: (r) => INSPECTION_KIND_ZH[r.kind as InspectionKind] ?? r.kind },
  { header: '执法计划条目 planItemId', value: text('planItemId') },
  { header: '检查区域 areas', value: (r) => ((r.areas as string[]) ?? []).join('；') },
  { header: '检查组（执法证号）team', value: team },
  { header: '检查时间 startedAt', value: text('startedAt') },
  { header: '录入时间 recordedAt', value: text('recordedAt') },
  { header: '补录 late', value: yes('late') },
  { header: '补录原因 lateReason', value: text('lateReason') },
  { header: '检查条款数 clausesExamined', value: text('clausesExamined') },
  { header: '发现隐患数 findings', value: text('findings') },
  { header: '执法记录仪文件数 media', value: text('mediaCount') },
  { header: '逢查必考平均分 knowledgeAverage', value: text('knowledgeAverage') },
  { header: '检查结论 result', value: (r) => RESULT_ZH[String(r.result)] ?? '' },
  { header: '结论说明 resultSummary', value: text('resultSummary') },
  { header: '未签名 unsigned', value: yes('unsigned') },
  { header: '待签名成员 unsignedMembers', value: (r) => ((r.unsignedMembers as string[]) ?? []).join('；') },
  { header: '完成时间 completedAt', value: text('completedAt') },
];
