import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

/** 非煤矿山安全风险分级 A–D (矿安〔2025〕14号, domain.md §4.1). */
export type RiskGrade = 'A' | 'B' | 'C' | 'D';

export const RISK_GRADES: readonly RiskGrade[] = deepFreeze(['A', 'B', 'C', 'D']);

export interface RiskGrading {
  version: string;
  source: string;
  confidence: Confidence;
  grades: readonly { grade: RiskGrade; zh: string; en: string }[];
}

/** Published A–D scales; a mine's grade change cites the version it used (domain.md §8.1). */
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
]);
