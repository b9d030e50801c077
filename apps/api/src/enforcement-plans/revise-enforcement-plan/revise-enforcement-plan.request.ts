import { DraftEnforcementPlanRequest } from '../draft-enforcement-plan/draft-enforcement-plan.request';

/** The whole content again: a revised draft replaces the items; jurisdiction and year must stay (else 422). */
export class ReviseEnforcementPlanRequest extends DraftEnforcementPlanRequest {}
