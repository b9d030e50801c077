import { CloseHazard, VoidHazard } from '../hazard.commands';
import {
  NotAuthorisedForAction,
  NotAuthorisedToVoid,
  ReinspectionRequired,
  SuspensionStillInForce,
} from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard, isMajor, KnownHazard } from '../hazard.state';
import { inStatus, isRegulator, requireEvidence, requireReason } from './guards';
import { OPEN } from './statuses';

export const close = (command: CloseHazard, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['signed_off', 'escalated', 'verified', 'rectified_on_spot', 'reinspected']);
  const { actor, now } = command.metadata;
  if (hazard.suspension) throw new SuspensionStillInForce(hazard.suspension.orderNo);
  if (isMajor(hazard)) ensureMayCloseMajor(command);
  else ensureMayCloseGeneral(command, hazard);
  const reason =
    hazard.status === 'escalated' ? requireReason(command.data.reason, '闭环 / closing') : command.data.reason;
  return [{ type: 'HazardClosed', data: { hazardId: hazard.hazardId, reason, closedBy: actor.id, closedAt: now } }];
};

/** 由监管部门挂牌督办并审核把关销号 (notice 十二): a major hazard is closed by the regulator's leadership. */
const ensureMayCloseMajor = (command: CloseHazard): void => {
  const { role } = command.metadata.actor;
  if (role !== 'supervising_leader') throw new NotAuthorisedForAction(role, '闭环重大隐患 / close a major hazard');
};

/** A regulator's 责令限期整改 ends with the regulator's own 复查 (domain.md §8.3), whichever way it was fixed. */
const ensureMayCloseGeneral = (command: CloseHazard, hazard: KnownHazard): void => {
  if (hazard.source !== 'inspection') return;
  if (hazard.status !== 'reinspected') throw new ReinspectionRequired();
  const { actor } = command.metadata;
  if (!isRegulator(actor))
    throw new NotAuthorisedForAction(actor.role, '闭环监管部门责令整改的隐患 / close an ordered rectification');
};

/** Voiding is the most scrutinised act in 倒查 (§9 E.14): a leader other than the finder, with reason and evidence. */
export const voidHazard = (command: VoidHazard, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, OPEN);
  const { actor, now } = command.metadata;
  if (actor.id === hazard.discoveredBy) throw new NotAuthorisedToVoid(actor.id);
  // A suspension order is a legal act of its own: it is lifted explicitly, never lost with the hazard.
  if (hazard.suspension) throw new SuspensionStillInForce(hazard.suspension.orderNo);
  const reason = requireReason(command.data.reason, '作废隐患 / voiding a hazard');
  const evidence = requireEvidence(command.data.evidence, '作废隐患 / voiding a hazard');
  return [
    { type: 'HazardVoided', data: { hazardId: hazard.hazardId, reason, evidence, voidedBy: actor.id, voidedAt: now } },
  ];
};
