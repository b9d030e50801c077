/** The verifier is the actor (never the rectifier): nothing to add. */
export class VerifyRectificationRequest {}
