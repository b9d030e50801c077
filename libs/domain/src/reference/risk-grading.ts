import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

/** 非煤矿山安全风险分级 A–D (矿安〔2025〕14号, domain.md §4.1). */
export type RiskGrade = 'A' | 'B' | 'C' | 'D';

export const RISK_GRADES: readonly RiskGrade[] = deepFreeze(['A', 'B', 'C', 'D']);

export interface RiskGrading {
  version: string;
  /** Beijing date the edition takes effect; v1 predates dated editions and is only read by version. */
  effectiveFrom?: string;
  source: string;
  note?: string;
  confidence: Confidence;
  grades: readonly { grade: RiskGrade; zh: string; en: string }[];
}

const GRADES = [
  { grade: 'A', zh: '低风险', en: 'low' },
  { grade: 'B', zh: '一般风险', en: 'general' },
  { grade: 'C', zh: '较大风险', en: 'higher' },
  { grade: 'D', zh: '重大风险', en: 'major' },
] as const;

/** Published A–D scales, oldest first; a grade change cites the edition in force when it was made. Append only. */
export const RISK_GRADINGS: readonly RiskGrading[] = deepFreeze<RiskGrading[]>([
  {
    version: '矿安〔2025〕14号@v1',
    source:
      '国家矿山安全监察局 矿安〔2025〕14号《关于严格规范矿山领域安全生产行政执法行为的通知》 (domain.md §4.1 [C])',
    confidence: 'C',
    grades: [
      { grade: 'A', zh: '低风险', en: 'low' },
      { grade: 'B', zh: '一般风险', en: 'general' },
      { grade: 'C', zh: '较大风险', en: 'higher' },
      { grade: 'D', zh: '重大风险', en: 'major' },
    ],
  },
  {
    version: '矿安〔2025〕14号@2025-03',
    effectiveFrom: '2025-03-27',
    source:
      '国家矿山安全监察局 矿安〔2025〕14号《关于严格规范矿山领域安全生产行政执法行为的通知》: 非煤矿山按风险分 A 低 / B 一般 / C 较大 / D 重大, 分类分级监管 (domain.md §4.1 [C], items 1–4)',
    confidence: 'C',
    note: 'effectiveFrom is the date of the earliest report of the notice found (encoo.com.cn 2025-03-27); the notice’s own date is not confirmed.',
    grades: [...GRADES],
  },
]);
