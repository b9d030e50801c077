/**
 * Shapes of the versioned reference data and policy every decision cites (domain.md §3, §8.1, §10).
 * The data itself lives in libs/domain/src/reference; decisions receive it on the command, never import it.
 */
export type SiteType = 'underground' | 'open_pit' | 'tailings';

/** Confidence tags of domain.md §0: confirmed, partial, recalled, not found. */
export type Confidence = 'C' | 'P' | 'R' | 'X';

export interface Clause {
  /** e.g. "MHS2022-UG-20" */
  id: string;
  siteType: SiteType;
  title: string;
  confidence: Confidence;
  /** 安全生产基本条件类 tag (domain.md §3.4, a proposal to confirm with the bureau). */
  basicCondition: boolean;
}

export interface ClauseCatalogue {
  /** e.g. "矿安〔2022〕88号@2024-01" */
  version: string;
  source: string;
  clauses: ReadonlyMap<string, Clause>;
}

/** Deadlines and thresholds that domain.md could not confirm as law: data with documented defaults. */
export interface Policy {
  version: string;
  effectiveFrom: string;
  /** 双报告 "及时" — no numeric national deadline exists (domain.md §1.1 [X]). */
  dualReportWithinHours: { regulator: number; workersCongress: number };
  /** 16号令 Art. 23 site review after a sign-off request ([P/R], 10 days). */
  siteReviewWithinDays: number;
  /** Minimum distinct regulator reviewers at a site review (two-person rule, domain.md §8.1). */
  minSiteReviewers: number;
  /** Longest 挂牌督办 deadline (青岛 ≤ 1 year, a local model). */
  maxSupervisionDays: number;
  /** 挂牌督办 before 销号 (domain.md §2.3, §8.2 row 3); absent in editions that predate the rule. */
  supervisionListingRequiredForSignOff?: boolean;
}

export interface ReferenceContext {
  catalogue: ClauseCatalogue;
  policy: Policy;
}
