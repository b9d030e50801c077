import { Confidence, Policy } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

export type PolicyRule = Exclude<keyof Policy, 'version' | 'effectiveFrom'>;

type RequiredRule = { [R in PolicyRule]-?: undefined extends Policy[R] ? never : R }[PolicyRule];

export interface RuleProvenance {
  confidence: Confidence;
  /** Where the value comes from (domain.md section and the rule it cites). */
  source: string;
  /** True when the number is our choice, awaiting the bureau's decision, not a rule found in any text. */
  placeholder: boolean;
  note?: string;
}

/** A published policy version. `effectiveFrom` is 00:00 China Standard Time of that date. */
export interface PolicyEdition extends Policy {
  /** One entry per rule the edition sets (rules added later are optional in the editions before them). */
  provenance: Readonly<Record<RequiredRule, RuleProvenance> & Partial<Record<PolicyRule, RuleProvenance>>>;
}

const policy2024: PolicyEdition = {
  version: 'policy@2024.1',
  effectiveFrom: '2024-01-01',
  // 安全生产法 Art. 41(2) says only "及时"; no national or Shanxi number exists (domain.md §1.1 [X]).
  dualReportWithinHours: { regulator: 24, workersCongress: 72 },
  // 16号令 Art. 23, 10 days after the resume-production application (domain.md §2.2 [P/R]).
  siteReviewWithinDays: 10,
  // Two-person rule for regulator site reviews (domain.md §8.1, a platform principle).
  minSiteReviewers: 2,
  // 青岛 挂牌督办 deadline ≤ 1 year (domain.md §2.3 [C] there); a model, not a Shanxi rule.
  maxSupervisionDays: 365,
  provenance: {
    dualReportWithinHours: {
      confidence: 'X',
      source: '安全生产法 Art. 41(2) "及时" [C]; no numeric deadline found (domain.md §1.1, §10)',
      placeholder: true,
      note: 'Regulator 24 h, workers’ congress 72 h (a 职代会 rarely meets sooner; a 公示栏 通报 may stand in): to be set by the 上党区应急管理局.',
    },
    siteReviewWithinDays: {
      confidence: 'P',
      source: '16号令 Art. 23 (domain.md §2.2 [P/R]); 湖北 10-day acceptance rule (domain.md §2.3 [C])',
      placeholder: false,
      note: 'Art. 23 wording not seen; whether 16号令 is superseded is unconfirmed (domain.md §10). Counted as calendar days; working days unconfirmed.',
    },
    minSiteReviewers: {
      confidence: 'R',
      source: 'Two-person rule for regulator actions (domain.md §8.1, §8.2 "≥2 inspectors")',
      placeholder: false,
      note: 'A platform principle; the legal anchor (行政处罚法: at least two enforcement officers) is recalled, not in domain.md.',
    },
    maxSupervisionDays: {
      confidence: 'P',
      source: '青岛 挂牌督办 procedure, deadline ≤ 1 year (domain.md §2.3 [C] for 青岛)',
      placeholder: true,
      note: 'A local model from another city; the district’s own 挂牌督办 rule was not found.',
    },
  },
};

/**
 * Adds 挂牌 before 销号 (issue 13 item 7): every other rule is carried over from policy@2024.1 unchanged.
 * Effective from its publication date, so decisions taken under policy@2024.1 keep their meaning.
 */
const policy2026: PolicyEdition = {
  ...policy2024,
  version: 'policy@2026.1',
  effectiveFrom: '2026-12-07',
  supervisionListingRequiredForSignOff: true,
  provenance: {
    ...policy2024.provenance,
    supervisionListingRequiredForSignOff: {
      confidence: 'P',
      source:
        '挂牌督办 then 验收合格后销号 in the 挂牌督办 letter and the 湖北/青岛 procedures (domain.md §2.3 [C]); 安全生产法 Art. 41(3) 督办制度 [R]; state machine row 3 before 9a (domain.md §8.2)',
      placeholder: false,
      note: 'The local procedures cited list every major hazard for supervision before 摘牌销号; whether the district lists every one is to be confirmed by the bureau.',
    },
  },
};

/** Every published policy version, oldest first. Append a new version; never edit a published one. */
export const POLICY_EDITIONS: readonly PolicyEdition[] = deepFreeze([policy2024, policy2026]);
