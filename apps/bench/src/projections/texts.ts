import { SiteType } from '@hazard-ledger/domain';
import { Prng } from './prng';

/** Free text of the kind inspectors and mine staff write, so row widths and jsonb sizes look like production. */
const GENERAL: Record<SiteType, readonly string[]> = {
  underground: [
    '巷道顶板局部浮石未及时敲帮问顶',
    '采场作业面照明不足',
    '主斜井人行道台阶破损',
    '局部通风机风筒破损漏风',
    '井下配电硐室防火门未关闭',
    '自救器存放柜未上锁且数量不足',
    '避险硐室压风管路阀门锈蚀',
    '提升机钢丝绳检查记录不全',
    '井下爆破器材临时存放点无警示标志',
    '排水泵房积水超过警戒线',
  ],
  open_pit: [
    '台阶坡面浮石未清理',
    '运输道路挡车墙局部缺失',
    '排土场截水沟淤堵',
    '爆破警戒标志缺失',
    '破碎站皮带机防护罩缺失',
    '边坡监测点位标识不清',
    '矿用卡车灭火器过期',
    '夜间作业照明不足',
  ],
  tailings: [
    '坝面排水沟局部淤堵',
    '库区安全警示标志缺失',
    '浸润线观测孔损坏',
    '值班记录填写不规范',
    '干滩长度观测桩倾斜',
    '排洪井井盖破损',
  ],
};
const LOCATIONS: Record<SiteType, (rng: Prng) => string> = {
  underground: (r) =>
    `${r.pick(['-40', '-80', '-120', '-160', '-200', '-240'])}m 中段 ${r.int(1, 12)}# ${r.pick(['采场', '穿脉', '沿脉巷', '溜井', '变电所', '水泵房'])}`,
  open_pit: (r) =>
    `${r.int(1180, 1420)} 平台 ${r.pick(['东帮', '西帮', '南帮', '北帮', '运输道路', '排土场', '破碎站'])}`,
  tailings: (r) => `${r.pick(['初期坝', '堆积坝', '库尾', '排洪系统', '回水池'])} ${r.int(1, 9)}+${r.int(0, 99)}0`,
};
export const PROGRESS = [
  '已完成现场勘查和施工图设计',
  '施工队伍已进场，完成工程量约 30%',
  '主体工程完成约 60%，安全监理已到位',
  '主要设备已到货安装，进行联合调试',
  '完成工程量约 85%，剩余收尾工作',
  '雨季停工，已落实临时防护措施',
  '专家组现场指导，调整施工方案',
  '完成隐蔽工程验收，资料已归档',
];
export const EXTENSION_REASONS = [
  '雨季井下涌水，施工受阻 / flooding delayed the work',
  '设备供货延迟 / equipment delivery delayed',
  '设计变更需重新审批 / design change awaiting approval',
  '冬季低温无法施工 / winter halt',
];
export const RETURN_REASONS = [
  '资金来源不明确 / funding source unclear',
  '治理措施不具体，缺少技术参数 / measures lack technical detail',
  '应急预案未覆盖撤人路线 / contingency plan lacks evacuation route',
  '治理时限过长 / deadline too far out',
];
export const VOID_REASONS = [
  '与已登记隐患重复 / duplicate of an earlier record',
  '误登记：经核查不属于本矿 / entered for the wrong mine',
  '现场核实不存在该隐患 / not confirmed on site',
];
export const EVALUATORS = [
  { name: '山西安科安全评价有限公司', qualification: 'APJ-(晋)-012' },
  { name: '长治市矿山安全技术服务中心', qualification: 'APJ-(晋)-031' },
  { name: '太原理工大学矿业工程专家组', qualification: '专家论证' },
];
export const MEASURES: Record<SiteType, readonly string[]> = {
  underground: ['按设计补强支护', '增设第二安全出口', '更换主扇并安装备用风机', '完善排水系统', '修复梯子间'],
  open_pit: ['削坡减载', '按设计分台阶开采', '增设边坡在线监测', '修筑截排水沟', '恢复安全平台'],
  tailings: ['加高加固坝体', '疏通排洪构筑物', '增设浸润线在线监测', '降低库内水位', '修筑应急道路'],
};

export const generalDescription = (rng: Prng, site: SiteType): string => rng.pick(GENERAL[site]);
export const locationOf = (rng: Prng, site: SiteType): string => LOCATIONS[site](rng);
