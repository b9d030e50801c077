import { RevokeSignature } from '../hazard.commands';
import { NotAuthorisedForAction, UnknownSignature } from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard } from '../hazard.state';
import { inStatus, requireReason } from './guards';
import { OPEN } from './statuses';

/** A revocation is a new fact; the signed event stays. A revoked site review no longer counts towards sign-off. */
export const revokeSignature = (command: RevokeSignature, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, OPEN);
  const { actor, now } = command.metadata;
  const { signatureRef } = command.data;
  const { eventType, signerId } = signatureRef;
  const exists = hazard.signatures.some((s) => s.eventType === eventType && s.signerId === signerId);
  if (!exists) throw new UnknownSignature(eventType, signerId);
  if (actor.id !== signerId && actor.role !== 'supervising_leader') {
    throw new NotAuthorisedForAction(actor.role, '撤销他人的签名 / revoke another person’s signature');
  }
  const reason = requireReason(command.data.reason, '撤销签名 / revoking a signature');
  return [
    {
      type: 'SignatureRevoked',
      data: {
        hazardId: hazard.hazardId,
        signatureRef: { eventType, signerId },
        reason,
        revokedBy: actor.id,
        revokedAt: now,
      },
    },
  ];
};
