import { Actor } from '../../shared/actor';
import { ApproveVoid, VoidHazard } from '../hazard.commands';
import {
  NotAuthorisedToVoid,
  SeparationOfDutiesViolated,
  SuspensionStillInForce,
  VoidRequestRequired,
} from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard, isMajor, MajorHazard } from '../hazard.state';
import { inStatus, requireEvidence, requireOwnSignature, requireReason } from './guards';
import { OPEN } from './statuses';

/**
 * Voiding is the most scrutinised act in 倒查 (§9 E.14): a leader other than the finder, with reason and evidence.
 * A major hazard's void is only requested here; a second leader approves it with their own login
 * (issue 13 item 7, ADR 20261207-two-leader-void).
 */
export const voidHazard = (command: VoidHazard, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, OPEN);
  const { actor, now } = command.metadata;
  if (actor.id === hazard.discoveredBy) throw new NotAuthorisedToVoid(actor.id);
  // A suspension order is a legal act of its own: it is lifted explicitly, never lost with the hazard.
  if (hazard.suspension) throw new SuspensionStillInForce(hazard.suspension.orderNo);
  const reason = requireReason(command.data.reason, '作废隐患 / voiding a hazard');
  const evidence = requireEvidence(command.data.evidence, '作废隐患 / voiding a hazard');
  const signature = requireOwnSignature(command.data.signature, actor, '作废隐患 / voiding a hazard');
  const { hazardId } = hazard;
  if (isMajor(hazard)) {
    const data = { hazardId, reason, evidence, signature, requestedBy: actor.id, requestedAt: now };
    return [{ type: 'HazardVoidRequested', data }];
  }
  return [{ type: 'HazardVoided', data: { hazardId, reason, evidence, signature, voidedBy: actor.id, voidedAt: now } }];
};

/** The second leader: not the one who asked, nor the determiner, nor the finder; same jurisdiction (API scope). */
export const approveVoid = (command: ApproveVoid, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, OPEN);
  const request = hazard.voidRequest;
  if (!request || !isMajor(hazard)) throw new VoidRequestRequired();
  const { actor, now } = command.metadata;
  ensureSecondLeader(actor, hazard, request.requestedBy);
  if (hazard.suspension) throw new SuspensionStillInForce(hazard.suspension.orderNo);
  const signature = requireOwnSignature(command.data.signature, actor, '批准作废重大隐患 / approving a void');
  const data = {
    hazardId: hazard.hazardId,
    reason: request.reason,
    evidence: [...request.evidence],
    signature,
    requestedBy: request.requestedBy,
    voidedBy: actor.id,
    voidedAt: now,
  };
  return [{ type: 'HazardVoided', data }];
};

const ensureSecondLeader = (actor: Actor, hazard: MajorHazard, requestedBy: string): void => {
  const conflicts: [string, string, string][] = [
    [requestedBy, '是申请作废的领导', 'asked for the void'],
    [hazard.major.determinedBy, '是判定人', 'determined the hazard'],
    [hazard.discoveredBy, '是登记人', 'found the hazard'],
  ];
  const conflict = conflicts.find(([id]) => id === actor.id);
  if (conflict) throw new SeparationOfDutiesViolated(actor.id, conflict[1], conflict[2]);
};
