import { ExportColumn } from '../../exports/export-columns';

type Row = Record<string, unknown>;
const text = (key: string) => (row: Row) => row[key] ?? '';
const yes = (key: string) => (row: Row) => (row[key] === true ? '是' : '否');
const zh = (map: Record<string, string>, key: string) => (row: Row) => map[String(row[key])] ?? row[key] ?? '';

const STEP_ZH: Record<string, string> = {
  accept: '待受理',
  assign: '待交办',
  verify: '核实中',
  handle: '待办理',
  feedback: '待反馈',
  objection_window: '异议期内',
  re_review: '待复查',
  none: '已办结',
};
const FINDING_ZH: Record<string, string> = { true: '属实', partly_true: '部分属实', false: '不属实' };
const CHANNEL_ZH: Record<string, string> = {
  hotline_12350: '12350热线',
  online: '网络',
  letter: '信件',
  visit: '来访',
  email: '电子邮件',
};

/** 举报看板 export: Chinese headers with the English field beside, as the other registers. No reporter column exists. */
export const TIPS_BOARD_EXPORT: ExportColumn[] = [
  { header: '举报编号 tipNo', value: text('tipNo') },
  { header: '举报记录 tipId', value: text('tipId') },
  { header: '矿山 mine', value: text('mineName') },
  { header: '辖区 jurisdiction', value: text('jurisdiction') },
  { header: '渠道 channel', value: zh(CHANNEL_ZH, 'channel') },
  { header: '类别 category', value: text('category') },
  { header: '实名/匿名 reporterKind', value: (r) => (r.reporterKind === 'anonymous' ? '匿名' : '实名') },
  { header: '内部举报 internal', value: yes('internal') },
  { header: '收到时间 receivedAt', value: text('receivedAt') },
  { header: '待办环节 step', value: zh(STEP_ZH, 'step') },
  { header: '环节期限 stepDueAt', value: text('stepDueAt') },
  { header: '超期 overdue', value: yes('overdue') },
  { header: '办结期限 handleBy', value: text('handleBy') },
  { header: '已延期 extended', value: yes('extended') },
  { header: '承办人 assignee', value: (r) => (r.assignee as { name?: string } | null)?.name ?? '' },
  { header: '核查结论 finding', value: zh(FINDING_ZH, 'finding') },
  { header: '异议 objected', value: yes('objected') },
  { header: '复查结果 reReviewOutcome', value: text('reReviewOutcome') },
  { header: '奖励金额（元）rewardYuan', value: text('rewardYuan') },
  { header: '兑现期限 rewardPayBy', value: text('rewardPayBy') },
  { header: '已兑付 rewardPaid', value: yes('rewardPaid') },
  { header: '追责案件 accountabilityCases', value: (r) => ((r.accountabilityCases as string[]) ?? []).join('；') },
  { header: '不属实后被推翻 provenTrueLater', value: yes('provenTrueLater') },
  { header: '身份查看次数 revealCount', value: text('revealCount') },
  { header: '身份已销毁 identityShredded', value: yes('identityShredded') },
  { header: '政策版本 policyVersion', value: text('policyVersion') },
];
