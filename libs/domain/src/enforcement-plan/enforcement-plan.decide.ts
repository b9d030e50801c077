import { RISK_GRADES, RiskGrade } from '../reference/risk-grading';
import {
  ApproveEnforcementPlan,
  DraftEnforcementPlan,
  EnforcementPlanCommand,
  PLAN_DECISIONS,
  PlannedMineFacts,
} from './enforcement-plan.commands';
import {
  InvalidPlanTransition,
  PlanApproverIsDrafter,
  PlanDetailsInvalid,
  PlanExceedsInspectionCap,
  PlanNotDrafted,
} from './enforcement-plan.errors';
import {
  EnforcementPlanApproved,
  EnforcementPlanDrafted,
  EnforcementPlanEvent,
  EnforcementPlanItem,
} from './enforcement-plan.events';
import { EnforcementPlan } from './enforcement-plan.state';

const isBlank = (value: string | undefined): boolean => !value || value.trim().length === 0;
const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

const checkFrequencies = ({ frequencyPerGrade, policy }: DraftEnforcementPlan['data']) => {
  for (const grade of RISK_GRADES) {
    const n = frequencyPerGrade[grade];
    if (!isCount(n))
      throw new PlanDetailsInvalid(`frequencyPerGrade.${grade}`, '须为非负整数', 'must be a whole number ≥ 0');
    if (n > policy.maxOnSiteInspectionsPerMinePerYear)
      throw new PlanExceedsInspectionCap(
        `${grade} 级 / grade ${grade}`,
        n,
        policy.maxOnSiteInspectionsPerMinePerYear,
        policy.version,
      );
  }
};

// Each mine: registered in this jurisdiction, graded, planned within the cap; its item id is what inspections cite.
const itemOf = (command: DraftEnforcementPlan, mine: PlannedMineFacts): EnforcementPlanItem => {
  const { planId, jurisdiction, frequencyPerGrade, policy } = command.data;
  if (mine.jurisdiction === null)
    throw new PlanDetailsInvalid(`mines.${mine.mineId}`, '矿山未登记', 'the mine is not registered');
  if (mine.jurisdiction !== jurisdiction)
    throw new PlanDetailsInvalid(`mines.${mine.mineId}`, '不属于本辖区', 'belongs to another jurisdiction');
  if (mine.grade === null)
    throw new PlanDetailsInvalid(`mines.${mine.mineId}`, '矿山尚未风险分级', 'the mine has no A–D grade yet');
  const planned = mine.plannedInspections ?? frequencyPerGrade[mine.grade as RiskGrade];
  if (!isCount(planned))
    throw new PlanDetailsInvalid(
      `mines.${mine.mineId}.plannedInspections`,
      '须为非负整数',
      'must be a whole number ≥ 0',
    );
  const cap = policy.maxOnSiteInspectionsPerMinePerYear;
  if (planned > cap) throw new PlanExceedsInspectionCap(mine.mineId, planned, cap, policy.version);
  return {
    planItemId: `${planId}-${mine.mineId}`,
    mineId: mine.mineId,
    grade: mine.grade,
    plannedInspections: planned,
  };
};

const checkHeader = (command: DraftEnforcementPlan, state: EnforcementPlan) => {
  const { planId, jurisdiction, year, mines } = command.data;
  if (state.status === 'Approved') throw new InvalidPlanTransition(state.status, command.type);
  if (
    state.status === 'Draft' &&
    (state.planId !== planId || state.jurisdiction !== jurisdiction || state.year !== year)
  )
    throw new PlanDetailsInvalid(
      'planId',
      '修订草案不得改变辖区或年度',
      'a revised draft keeps its jurisdiction and year',
    );
  if (isBlank(jurisdiction)) throw new PlanDetailsInvalid('jurisdiction', '必填', 'is required');
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new PlanDetailsInvalid('year', '须为 2000–2100 的年份', 'must be a year from 2000 to 2100');
  if (mines.length === 0) throw new PlanDetailsInvalid('mines', '计划须列明矿山', 'the plan must list its mines');
  const ids = mines.map((m) => m.mineId);
  if (new Set(ids).size !== ids.length)
    throw new PlanDetailsInvalid('mines', '同一矿山不得重复列入', 'a mine is listed once');
};

const withdrawn = (state: EnforcementPlan, items: readonly EnforcementPlanItem[]): string[] =>
  state.status === 'Draft'
    ? state.items.map((i) => i.mineId).filter((id) => !items.some((item) => item.mineId === id))
    : [];

/** 年度执法计划: one item per mine, frequency by grade, never above the cap of the policy in force. */
const draft = (command: DraftEnforcementPlan, state: EnforcementPlan): EnforcementPlanDrafted => {
  checkHeader(command, state);
  checkFrequencies(command.data);
  const { planId, jurisdiction, year, frequencyPerGrade, policy } = command.data;
  const items = command.data.mines.map((mine) => itemOf(command, mine));
  const { actor, now } = command.metadata;
  return {
    type: 'EnforcementPlanDrafted',
    data: {
      planId,
      jurisdiction,
      year,
      frequencyPerGrade: { ...frequencyPerGrade },
      items,
      withdrawnMineIds: withdrawn(state, items),
      policyVersion: policy.version,
      maxOnSiteInspectionsPerMinePerYear: policy.maxOnSiteInspectionsPerMinePerYear,
      draftedBy: actor.id,
      draftedAt: now,
    },
  };
};

const approve = (command: ApproveEnforcementPlan, state: EnforcementPlan): EnforcementPlanApproved => {
  if (state.status === 'NotDrafted') throw new PlanNotDrafted(command.data.planId);
  if (state.status !== 'Draft') throw new InvalidPlanTransition(state.status, command.type);
  const { planId, decision, decisionNo } = command.data;
  if (planId !== state.planId)
    throw new PlanDetailsInvalid('planId', '与所加载的计划不符', 'does not match the loaded plan');
  if (!PLAN_DECISIONS.includes(decision))
    throw new PlanDetailsInvalid('decision', '须为 approved（审批）或 filed（备案）', 'must be approved or filed');
  if (isBlank(decisionNo))
    throw new PlanDetailsInvalid('decisionNo', '须注明审批或备案文号', 'the decision number is required');
  const { actor, now } = command.metadata;
  if (actor.id === state.draftedBy) throw new PlanApproverIsDrafter(actor.id);
  const { jurisdiction, year } = state;
  const mineIds = state.items.map((i) => i.mineId);
  return {
    type: 'EnforcementPlanApproved',
    data: { planId, jurisdiction, year, mineIds, decision, decisionNo, approvedBy: actor.id, approvedAt: now },
  };
};

export const decidePlan = (command: EnforcementPlanCommand, state: EnforcementPlan): EnforcementPlanEvent[] => {
  switch (command.type) {
    case 'DraftEnforcementPlan':
      return [draft(command, state)];
    case 'ApproveEnforcementPlan':
      return [approve(command, state)];
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown enforcement plan command ${JSON.stringify(unhandled)}`);
    }
  }
};
