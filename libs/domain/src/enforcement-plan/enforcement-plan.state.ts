import { EnforcementPlanEvent, EnforcementPlanItem } from './enforcement-plan.events';

interface PlanRecord {
  planId: string;
  jurisdiction: string;
  year: number;
  items: readonly EnforcementPlanItem[];
  draftedBy: string;
}

export type EnforcementPlan =
  | { status: 'NotDrafted' }
  | ({ status: 'Draft' } & PlanRecord)
  | ({ status: 'Approved'; decisionNo: string } & PlanRecord);

export type EnforcementPlanStatus = EnforcementPlan['status'];

export const initialPlanState = (): EnforcementPlan => ({ status: 'NotDrafted' });

// Never throws: an event that does not fit leaves the state unchanged, so old streams always replay.
export const evolvePlan = (state: EnforcementPlan, event: EnforcementPlanEvent): EnforcementPlan => {
  switch (event.type) {
    case 'EnforcementPlanDrafted': {
      if (state.status === 'Approved') return state;
      const { planId, jurisdiction, year, items, draftedBy } = event.data;
      return { status: 'Draft', planId, jurisdiction, year, items, draftedBy };
    }
    case 'EnforcementPlanApproved':
      return state.status === 'Draft' ? { ...state, status: 'Approved', decisionNo: event.data.decisionNo } : state;
    default:
      return state;
  }
};
