import { EnforcementPlanCommandType } from '@hazard-ledger/domain';

export interface PlanRequest {
  /** Which access rule applies (a revision is a new draft of the same plan). */
  command: EnforcementPlanCommandType;
  path: (planId: string) => string;
  body: (jurisdiction: string) => Record<string, unknown>;
}

const YEAR = new Date().getUTCFullYear();

/** A valid plan body for the demo mines (graded first: an ungraded mine cannot be planned). */
export const planBody = (jurisdiction: string): Record<string, unknown> => ({
  jurisdiction,
  year: YEAR,
  frequencyPerGrade: { A: 1, B: 2, C: 4, D: 6 },
  mines: [{ mineId: 'mine-demo-1' }, { mineId: 'mine-demo-2', plannedInspections: 3 }],
});

/** One valid request per enforcement-plan endpoint (the matrix and the bad-request generator start from these). */
export const planRequests: Record<
  'DraftEnforcementPlan' | 'ReviseEnforcementPlan' | 'ApproveEnforcementPlan',
  PlanRequest
> = {
  DraftEnforcementPlan: { command: 'DraftEnforcementPlan', path: () => '/enforcement-plans', body: planBody },
  ReviseEnforcementPlan: {
    command: 'DraftEnforcementPlan',
    path: (id) => `/enforcement-plans/${id}/revision`,
    body: planBody,
  },
  ApproveEnforcementPlan: {
    command: 'ApproveEnforcementPlan',
    path: (id) => `/enforcement-plans/${id}/approval`,
    body: () => ({ decision: 'approved', decisionNo: `上应急发〔${YEAR}〕3号` }),
  },
};
