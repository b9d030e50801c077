import { AccessRule } from '../shared/access';
import { EnforcementPlanCommandType } from './enforcement-plan.commands';

/** The section (科室: inspectors, or a leader) drafts; a leader (局领导) approves or files it (矿安〔2025〕14号). */
export const enforcementPlanCommandAccess: Readonly<Record<EnforcementPlanCommandType, AccessRule>> = Object.freeze({
  DraftEnforcementPlan: { roles: ['inspector', 'supervising_leader'] },
  ApproveEnforcementPlan: { roles: ['supervising_leader'] },
});
