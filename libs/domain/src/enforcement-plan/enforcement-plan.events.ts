import { DomainEvent } from '../shared/command';
import { RiskGrade } from '../reference/risk-grading';
import { FrequencyPerGrade, PlanDecision } from './enforcement-plan.commands';

/** One mine in the plan; inspections that fulfil it cite its planItemId. */
export interface EnforcementPlanItem {
  planItemId: string;
  mineId: string;
  grade: RiskGrade;
  plannedInspections: number;
}

export type EnforcementPlanDrafted = DomainEvent<
  'EnforcementPlanDrafted',
  {
    planId: string;
    jurisdiction: string;
    year: number;
    frequencyPerGrade: FrequencyPerGrade;
    items: EnforcementPlanItem[];
    /** Mines an earlier draft listed that this one no longer does (boards drop their planned count). */
    withdrawnMineIds: string[];
    policyVersion: string;
    maxOnSiteInspectionsPerMinePerYear: number;
    draftedBy: string;
    draftedAt: string;
  }
>;

export type EnforcementPlanApproved = DomainEvent<
  'EnforcementPlanApproved',
  {
    planId: string;
    jurisdiction: string;
    year: number;
    /** The mines of the approved items, so a board keyed by mine and year needs no other event. */
    mineIds: string[];
    decision: PlanDecision;
    decisionNo: string;
    approvedBy: string;
    approvedAt: string;
  }
>;

export type EnforcementPlanEvent = EnforcementPlanDrafted | EnforcementPlanApproved;
export type EnforcementPlanEventType = EnforcementPlanEvent['type'];
