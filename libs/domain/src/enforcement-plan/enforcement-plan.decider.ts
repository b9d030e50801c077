import { Decider } from '../shared/decider';
import { EnforcementPlanCommand } from './enforcement-plan.commands';
import { decidePlan } from './enforcement-plan.decide';
import { EnforcementPlanEvent } from './enforcement-plan.events';
import { EnforcementPlan, evolvePlan, initialPlanState } from './enforcement-plan.state';

export const enforcementPlanDecider: Decider<EnforcementPlanCommand, EnforcementPlanEvent, EnforcementPlan> = {
  decide: decidePlan,
  evolve: evolvePlan,
  initialState: initialPlanState,
};
