/** Column headers in Chinese (the bureau's 台账 language) with the English field name beside, for each export. */
export type ExportColumn = { header: string; value: (row: Record<string, unknown>) => unknown };

const f =
  (...path: string[]) =>
  (row: Record<string, unknown>): unknown =>
    path.reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], row) ?? '';
const yes =
  (...path: string[]) =>
  (row: Record<string, unknown>) =>
    f(...path)(row) === true ? '是' : '否';

export const LEDGER_EXPORT: ExportColumn[] = [
  { header: '隐患编号 hazardId', value: f('hazardId') },
  { header: '矿山 mine', value: f('mineName') },
  { header: '矿山编号 mineId', value: f('mineId') },
  { header: '辖区 jurisdiction', value: f('jurisdiction') },
  { header: '场所类型 siteType', value: f('siteType') },
  { header: '状态 status', value: f('status') },
  { header: '等级 grade', value: f('grade') },
  { header: '判定依据 clause', value: f('clauseId') },
  { header: '基本条件类 basicCondition', value: yes('basicCondition') },
  { header: '来源 source', value: f('source') },
  { header: '隐患描述 description', value: f('description') },
  { header: '位置 location', value: f('location') },
  { header: '发现人 discoveredBy', value: f('discoveredBy') },
  { header: '发现时间 discoveredAt', value: f('discoveredAt') },
  { header: '判定时间 determinedAt', value: f('determinedAt') },
  { header: '整改期限 deadline', value: f('deadline') },
  { header: '挂牌级别 supervisionLevel', value: f('supervisionLevel') },
  { header: '停产 suspended', value: yes('suspended') },
  { header: '未销号 open', value: yes('open') },
  { header: '整改中 pending', value: yes('pending') },
  { header: '结束时间 endedAt', value: f('endedAt') },
  { header: '未销号闭环 closedWithoutSignOff', value: yes('closedWithoutSignOff') },
  { header: '最近事件 lastEvent', value: f('lastEventType') },
];

const report = (key: string, label: string): ExportColumn[] => [
  { header: `${label}时限(小时) allowedHours`, value: f(key, 'allowedHours') },
  { header: `${label}应报时间 dueBy`, value: f(key, 'dueBy') },
  { header: `${label}报送时间 submittedAt`, value: f(key, 'submittedAt') },
  { header: `${label}接收时间 receivedAt`, value: f(key, 'receivedAt') },
  { header: `${label}延迟(小时) delayHours`, value: f(key, 'delayHours') },
  { header: `${label}超时 breach`, value: yes(key, 'breach') },
];

export const DUAL_REPORT_EXPORT: ExportColumn[] = [
  { header: '隐患编号 hazardId', value: f('hazardId') },
  { header: '矿山 mine', value: f('mineName') },
  { header: '辖区 jurisdiction', value: f('jurisdiction') },
  { header: '状态 status', value: f('status') },
  { header: '判定时间 determinedAt', value: f('determinedAt') },
  { header: '政策版本 policyVersion', value: f('policyVersion') },
  ...report('regulator', '向监管部门报告 regulator '),
  ...report('workersCongress', '向职代会报告 congress '),
];

export const SUPERVISION_EXPORT: ExportColumn[] = [
  { header: '隐患编号 hazardId', value: f('hazardId') },
  { header: '矿山 mine', value: f('mineName') },
  { header: '辖区 jurisdiction', value: f('jurisdiction') },
  { header: '状态 status', value: f('status') },
  { header: '挂牌级别 level', value: f('level') },
  { header: '督办单位 unit', value: f('unit') },
  { header: '督办通知书 noticeNo', value: f('noticeNo') },
  { header: '督办人 official', value: f('supervisingOfficial') },
  { header: '挂牌时间 listedAt', value: f('listedAt') },
  { header: '挂牌期限 listingDeadline', value: f('listingDeadline') },
  { header: '当前期限 deadline', value: f('deadline') },
  { header: '批准延期次数 extensionsGranted', value: f('extensionsGranted') },
  { header: '逾期 overdue', value: yes('overdue') },
  { header: '销号时间 signedOffAt', value: f('signedOffAt') },
];
