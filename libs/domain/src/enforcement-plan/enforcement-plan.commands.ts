import { Command } from '../shared/command';
import { RiskGrade } from '../reference/risk-grading';

/** Planned on-site inspections per year for each A–D grade (差异化执法频次). */
export type FrequencyPerGrade = Readonly<Record<RiskGrade, number>>;

/** A mine the plan covers, as its own stream says at the decision (write side); null fields: no such mine. */
export interface PlannedMineFacts {
  mineId: string;
  jurisdiction: string | null;
  grade: RiskGrade | null;
  /** Optional override of the grade's frequency, e.g. a mine under 挂牌督办; never above the cap. */
  plannedInspections?: number;
}

/** The policy in force the plan is checked against (cap per mine per year, 矿安〔2025〕14号). */
export interface PlanPolicyFacts {
  version: string;
  maxOnSiteInspectionsPerMinePerYear: number;
}

/** 年度执法计划: drafted by the section (科室) for one jurisdiction and year. */
export type DraftEnforcementPlan = Command<
  'DraftEnforcementPlan',
  {
    planId: string;
    jurisdiction: string;
    year: number;
    frequencyPerGrade: FrequencyPerGrade;
    mines: readonly PlannedMineFacts[];
    policy: PlanPolicyFacts;
  }
>;

export const PLAN_DECISIONS = ['approved', 'filed'] as const;
/** 审批 (approved by the leadership) or 备案 (filed with the level above): either gives the plan effect. */
export type PlanDecision = (typeof PLAN_DECISIONS)[number];

export type ApproveEnforcementPlan = Command<
  'ApproveEnforcementPlan',
  { planId: string; decision: PlanDecision; decisionNo: string }
>;

export type EnforcementPlanCommand = DraftEnforcementPlan | ApproveEnforcementPlan;
export type EnforcementPlanCommandType = EnforcementPlanCommand['type'];
