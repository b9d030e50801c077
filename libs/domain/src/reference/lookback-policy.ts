import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';
import { PhysicalConditionPolicy, physicalConditions2026 } from './lookback-policy.physical-conditions';

type Provenance = { confidence: Confidence; source: string; placeholder: boolean };

/**
 * 执法责任倒查 defaults: thresholds no text fixes, and the keywords the 避重就轻 similarity (LB-09) adds to each
 * 判定标准 clause's title. Data with a version, not constants: an answer names the edition it used.
 */
export interface LookbackPolicyEdition extends Partial<PhysicalConditionPolicy> {
  version: string;
  /** 00:00 China Standard Time of this date. */
  effectiveFrom: string;
  /** LB-09: a 一般 hazard whose description scores at least this (TF-IDF cosine, 0–1) against a clause is listed. */
  similarityThreshold: number;
  /** LB-06: a major hazard found by inspection with no 立案 (case approval or penalty) this many days on is listed. */
  caseFilingWithinDays: number;
  /** LB-07: mines inspected at least this many times in the period with no document or penalty are listed. */
  inspectionsWithoutEnforcement: number;
  /** LB-03: how many months of earlier inspections of the mine are listed beside a basic-condition major hazard. */
  earlierInspectionMonths: number;
  /** LB-13: a self-report recorded within this many hours after an inspection of the mine was recorded is listed. */
  selfReportAfterInspectionHours: number;
  /** LB-14: a void or re-scope this many days (or fewer) before the hazard's current deadline is listed. */
  rescopeBeforeDeadlineDays: number;
  /** LB-16: a hazard found again at the same mine and location this many days (or fewer) after closure is listed. */
  refoundWithinDays: number;
  /** LB-21: this many producing-with-a-major-open findings at one mine … */
  closureTriggerCount: number;
  /** … within this many months make the 硬措施 closure trigger. */
  closureTriggerMonths: number;
  /** LB-09: words that carry no meaning for the match (removed after segmentation). */
  stopWords: readonly string[];
  /** LB-09: per clause id, the words an inspector would write for the condition (our reading of each item). */
  clauseKeywords: Readonly<Record<string, readonly string[]>>;
  /** LB-25: the clauses whose findings and hazards are hot work (动火) without a permit or its measures. */
  hotWorkClauses: readonly string[];
  /** LB-25: a permit's window counts when it is within this many hours of the hazard's time. */
  hotWorkNearHours: number;
  /** LB-26: the clauses about voids (采空区, 溶洞) whose hazards the 隐蔽致灾因素 census should have shown. */
  voidClauses: readonly string[];
  /** LB-26: the census kinds that count as a recorded void. */
  voidFactorKinds: readonly string[];
  /** LB-10, LB-13: an act of the mine recorded this many days (or fewer) after a tip about the mine is "after a complaint". */
  afterTipDays: number;
  /** LB-19: this many granted extensions (or more) of one 挂牌督办 item count as "extended repeatedly". */
  repeatedExtensions: number;
  provenance: Readonly<
    Record<
      | 'similarityThreshold'
      | 'stopWords'
      | 'clauseKeywords'
      | 'caseFilingWithinDays'
      | 'inspectionsWithoutEnforcement'
      | 'earlierInspectionMonths'
      | 'selfReportAfterInspectionHours'
      | 'rescopeBeforeDeadlineDays'
      | 'refoundWithinDays'
      | 'closureTrigger'
      | 'hotWorkClauses'
      | 'hotWorkNearHours'
      | 'voidClauses'
      | 'voidFactorKinds'
      | 'afterTipDays'
      | 'repeatedExtensions',
      Provenance
    >
  >;
}

const edition2026: LookbackPolicyEdition = {
  version: 'lookback@2026.1',
  effectiveFrom: '2022-09-01',
  similarityThreshold: 0.3,
  caseFilingWithinDays: 7,
  inspectionsWithoutEnforcement: 3,
  earlierInspectionMonths: 12,
  selfReportAfterInspectionHours: 24,
  rescopeBeforeDeadlineDays: 7,
  refoundWithinDays: 90,
  closureTriggerCount: 2,
  closureTriggerMonths: 3,
  stopWords: [
    '的',
    '了',
    '和',
    '与',
    '及',
    '或',
    '等',
    '在',
    '对',
    '按',
    '被',
    '有',
    '无',
    '未',
    '不',
    '是',
    '要求',
    '符合',
    '规定',
    '不符合',
    '设计',
    '进行',
    '存在',
    '现场',
    '部分',
  ],
  clauseKeywords: {
    'MHS2022-UG-01': ['安全出口', '出口', '堵塞', '梯子间', '撤离', '通道'],
    'MHS2022-UG-07': ['排水', '水泵', '水仓', '排水能力'],
    'MHS2022-UG-13': ['自然发火', '防灭火', '火灾'],
    'MHS2022-UG-19': ['顶板', '支护', '冒顶', '片帮', '浮石'],
    'MHS2022-UG-20': ['通风', '风量', '风速', '主扇', '局扇', '风机', '风流', '反风', '通风不畅', '通风不良', '工作面'],
    'MHS2022-UG-21': ['自救器', '气体检测', '报警仪'],
    'MHS2022-UG-22': ['提升', '罐笼', '钢丝绳', '安全保护装置'],
    'MHS2022-UG-24': ['双重电源', '双回路', '供电', '停电'],
    'MHS2022-UG-31': ['监测监控', '人员定位', '通信', '监控', '传感器', '数据'],
    'MHS2022-OP-04': ['台阶', '坡角', '台阶高度'],
    'MHS2022-OP-08': ['边坡', '滑移', '滑坡', '裂缝', '垮塌'],
    'MHS2022-TS-02': ['坝体', '管涌', '流土', '裂缝', '坍塌', '滑动'],
    'MHS2022-TS-08': ['安全超高', '干滩', '调洪'],
  },
  hotWorkClauses: ['MHS2022-UG-29'],
  hotWorkNearHours: 24,
  voidClauses: ['MHS2022-UG-17', 'MHS2022-OP-01'],
  voidFactorKinds: ['goaf', 'abandoned_working'],
  afterTipDays: 30,
  repeatedExtensions: 2,
  provenance: {
    repeatedExtensions: {
      confidence: 'X',
      source: 'domain.md §9 item 19 "extensions granted repeatedly"; no number given',
      placeholder: true,
    },
    afterTipDays: {
      confidence: 'X',
      source: 'domain.md §9 items 10 and 13 "after a complaint"; no number given',
      placeholder: true,
    },
    hotWorkClauses: {
      confidence: 'R',
      source: '矿安〔2022〕88号 UG-29 (井下或井口动火作业未按规定审批); the only 动火 item of the catalogue',
      placeholder: false,
    },
    hotWorkNearHours: {
      confidence: 'X',
      source: 'domain.md §9 item 25 "near places/times of hazards"; no number given',
      placeholder: true,
    },
    voidClauses: {
      confidence: 'R',
      source:
        'The catalogue items about voids: UG-17 (采空区未按设计处理), OP-01 (转露天前未探明采空区、溶洞); UG-04 (maps) has no sub-item ids',
      placeholder: true,
    },
    voidFactorKinds: {
      confidence: 'R',
      source: 'hidden-factor kinds goaf (采空区) and abandoned_working (废弃巷道/老窿): our reading of "void"',
      placeholder: true,
    },
    caseFilingWithinDays: {
      confidence: 'X',
      source:
        'domain.md §9 item 6 "no 立案 within X days"; no text fixes X for this platform (行政处罚程序规定 recalled, unconfirmed)',
      placeholder: true,
    },
    inspectionsWithoutEnforcement: {
      confidence: 'X',
      source:
        'domain.md §9 item 7 "inspected ≥ K times"; K is the bureau’s choice (Shanxi 2019 "检查多、处罚少", §4.2)',
      placeholder: true,
    },
    earlierInspectionMonths: {
      confidence: 'X',
      source: 'domain.md §9 item 3 "the preceding N months"; the district notice names no N (§4.2)',
      placeholder: true,
    },
    selfReportAfterInspectionHours: {
      confidence: 'X',
      source: 'domain.md §9 item 13 "self-reports created within hours of an inspection notice"; no number given',
      placeholder: true,
    },
    rescopeBeforeDeadlineDays: {
      confidence: 'X',
      source: 'domain.md §9 item 14 "shortly before a deadline or review"; no number given',
      placeholder: true,
    },
    refoundWithinDays: {
      confidence: 'X',
      source: 'domain.md §9 item 16 "re-found within N days of sign-off"; no number given',
      placeholder: true,
    },
    closureTrigger: {
      confidence: 'P',
      source:
        'The district notice (domain.md §9 item 21): found producing with a major hazard 2 times within 3 months → 提请关闭; no higher-level text found',
      placeholder: false,
    },
    similarityThreshold: {
      confidence: 'X',
      source:
        'No text fixes a similarity threshold; 0.3 lists the planted 通风不畅 case and not an honest sign hazard (docs/lookback.md, LB-09)',
      placeholder: true,
    },
    stopWords: {
      confidence: 'R',
      source: 'Common function words and the catalogue’s boilerplate (不符合要求, 设计)',
      placeholder: true,
    },
    clauseKeywords: {
      confidence: 'R',
      source: 'Our reading of 矿安〔2022〕88号 items (domain.md §3); to be reviewed by the bureau’s 法制科',
      placeholder: true,
    },
  },
};

/**
 * 2026.1 plus LB-04's physical-condition clauses and census kinds; every other value unchanged. Same effectiveFrom,
 * so it replaces 2026.1 for every cut: a look-back definition reads all of history, not only acts after it.
 */
const edition2026b: LookbackPolicyEdition = {
  ...edition2026,
  version: 'lookback@2026.2',
  ...physicalConditions2026,
};

/** Every published edition, oldest first. Append a new one; never edit a published one. */
export const LOOKBACK_POLICY_EDITIONS: readonly LookbackPolicyEdition[] = deepFreeze([edition2026, edition2026b]);

const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);

/** The edition in force at `at` (the latest effectiveFrom not after it); the oldest one before any took effect. */
export const lookbackPolicyInForce = (at: string): LookbackPolicyEdition => {
  const t = Date.parse(at);
  return LOOKBACK_POLICY_EDITIONS.filter((e) => startOf(e.effectiveFrom) <= t).at(-1) ?? LOOKBACK_POLICY_EDITIONS[0];
};
