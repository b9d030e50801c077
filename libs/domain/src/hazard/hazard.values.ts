import { ESignature } from '../shared/signature';
import { CommandMetadata } from '../shared/command';
import { ReferenceContext } from '../shared/reference';

/** How a hazard came to light; a self-report and a regulator's finding carry different legal weight (domain.md §1.3). */
export type HazardSource = 'self_check' | 'monthly_check' | 'inspection' | 'tip' | 'monitoring_alert' | 'physical_exam';

export type Grade = 'major' | 'general';

/** The two recipients of 双报告 (安全生产法 Art. 41(2)). */
export type Recipient = 'regulator' | 'workers_congress';

export type Conclusion = 'passed' | 'failed';

export type SupervisionLevel = 'province' | 'city' | 'county';

export type SuspensionScope = 'full' | 'partial';

export type Side = 'enterprise' | 'regulator';

export interface LinkedRef {
  kind: 'inspection' | 'complaint' | 'monitoring_alert' | 'physical_exam' | 'monthly_investigation' | 'hazard';
  id: string;
}

/** The three contents of a major-hazard report (16号令 Art. 14). */
export interface ReportContent {
  currentState: string;
  cause: string;
  severityAnalysis: string;
  remediationPlan: string;
}

export interface Responsibility {
  unit: string;
  person: string;
}

export interface Funds {
  amount: number;
  source: string;
}

export interface Evaluator {
  name: string;
  qualification: string;
}

export interface Assignee {
  id: string;
  name: string;
}

export interface EscalationTarget {
  kind: 'enterprise' | 'person';
  name: string;
}

/** Names a signature by the event that carries it and its signer, so a revocation never needs to erase it. */
export interface SignatureRef {
  eventType: string;
  signerId: string;
}

/**
 * The legal ground for closing a major hazard that was never signed off (ADR 20261207-closure-legal-grounds):
 * the mine was closed by order (the handler states the mine's status as a fact), the hazard was merged into
 * another record, or it was voided by a leader with a second leader's signed approval.
 */
export type ClosureGround =
  | { kind: 'mine_closed'; decisionNo: string }
  | { kind: 'merged'; intoHazardId: string }
  | { kind: 'voided_by_leaders'; approval: ESignature };

/** On a record imported from paper (ADR 20261207-legacy-import): shown with the hazard, not only in the log. */
export interface ImportedFrom {
  sourceDocument: string;
  importedBy: { id: string; name: string };
  importedAt: string;
}

/** Metadata of the decisions that read the versioned catalogue or policy, whose versions the events then cite. */
export type ReferencedMetadata = CommandMetadata & { reference: ReferenceContext };

/** 五落实: 责任、措施、资金、时限、预案. */
export type PlanItem = 'responsibility' | 'measures' | 'funds' | 'deadline' | 'contingencyPlan';
