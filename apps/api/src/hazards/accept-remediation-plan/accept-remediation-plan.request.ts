/** Accepts the plan version under review as it stands: nothing to add. */
export class AcceptRemediationPlanRequest {}
