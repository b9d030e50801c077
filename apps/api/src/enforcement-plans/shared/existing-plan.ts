import { NotFoundException } from '@nestjs/common';
import { EnforcementPlan, enforcementPlanDecider, streams } from '@hazard-ledger/domain';

/** A plan's scope: its jurisdiction (no mine: a plan is the bureau's own record). 404 when it was never drafted. */
export const planScope = (planId: string, plan: EnforcementPlan): { mineId: string; jurisdiction: string } => {
  if (plan.status === 'NotDrafted')
    throw new NotFoundException(`执法计划 ${planId} 不存在 / Enforcement plan ${planId} does not exist`);
  return { mineId: '', jurisdiction: plan.jurisdiction };
};

export const existingPlan = (planId: string) => ({
  id: planId,
  streamId: streams.enforcementPlan(planId),
  decider: enforcementPlanDecider,
  scope: (plan: EnforcementPlan) => planScope(planId, plan),
});
