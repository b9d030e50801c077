import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

/** Limits on the regulator's own inspections (分类分级监管, 差异化执法频次): data with a source, never constants. */
export interface InspectionFrequencyEdition {
  version: string;
  /** Beijing date the edition takes effect. */
  effectiveFrom: string;
  source: string;
  confidence: Confidence;
  /** On-site inspections of one mine in one calendar year, at most. */
  maxOnSiteInspectionsPerMinePerYear: number;
  /** On-site inspections of one parent company (集团) in one year, at most. */
  maxOnSiteInspectionsPerParentCompanyPerYear: number;
  /** Joint inspections (联合检查) per jurisdiction per quarter, at least. */
  minJointInspectionsPerQuarter: number;
  note?: string;
}

const notice2025: InspectionFrequencyEdition = {
  version: 'inspection-frequency@2025.1',
  effectiveFrom: '2025-03-27',
  source:
    '国家矿山安全监察局 矿安〔2025〕14号《关于严格规范矿山领域安全生产行政执法行为的通知》 items 1–4: 年度执法计划须审批或备案; 每矿每年现场检查不超过 12 次, 每集团不超过 2 次; 每季度至少一次联合检查 (domain.md §4.1 [C])',
  confidence: 'C',
  maxOnSiteInspectionsPerMinePerYear: 12,
  maxOnSiteInspectionsPerParentCompanyPerYear: 2,
  minJointInspectionsPerQuarter: 1,
  note: 'effectiveFrom is the date of the earliest report of the notice found (2025-03-27); the notice’s own date is not confirmed. Applied to plans of any year from then on.',
};

/** Every published edition, oldest first. Append a new edition; never edit a published one. */
export const INSPECTION_FREQUENCY_EDITIONS: readonly InspectionFrequencyEdition[] = deepFreeze([notice2025]);
