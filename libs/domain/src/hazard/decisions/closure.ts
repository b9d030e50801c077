import { CloseHazard, VoidHazard } from '../hazard.commands';
import {
  ClosureGroundNotMet,
  ClosureGroundRequired,
  NotAuthorisedForAction,
  NotAuthorisedToVoid,
  ReinspectionRequired,
  SuspensionStillInForce,
} from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard, isMajor, KnownHazard } from '../hazard.state';
import { ClosureGround } from '../hazard.values';
import {
  ensureNoRevokedStep,
  inStatus,
  isRegulator,
  requireEvidence,
  requireField,
  requireOwnSignature,
  requireReason,
} from './guards';
import { OPEN } from './statuses';

export const close = (command: CloseHazard, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['signed_off', 'escalated', 'verified', 'rectified_on_spot', 'reinspected']);
  const { actor, now } = command.metadata;
  if (hazard.suspension) throw new SuspensionStillInForce(hazard.suspension.orderNo);
  ensureNoRevokedStep(hazard);
  if (isMajor(hazard)) ensureMayCloseMajor(command);
  else ensureMayCloseGeneral(command, hazard);
  if (hazard.status === 'escalated') return [closedWithoutSignOff(command, hazard)];
  const { reason } = command.data;
  return [{ type: 'HazardClosed', data: { hazardId: hazard.hazardId, reason, closedBy: actor.id, closedAt: now } }];
};

/**
 * A major hazard that never got its 销号 ends only on a recorded legal ground (ADR 20261207-closure-legal-grounds),
 * and the event says so, so every ledger and audit view can surface it.
 */
const closedWithoutSignOff = (command: CloseHazard, hazard: KnownHazard): HazardEvent => {
  const { actor, now } = command.metadata;
  const reason = requireReason(command.data.reason, '闭环 / closing');
  const legalGround = groundFor(command, hazard.hazardId);
  const data = {
    hazardId: hazard.hazardId,
    reason,
    legalGround,
    withoutSignOff: true,
    closedBy: actor.id,
    closedAt: now,
  };
  return { type: 'HazardClosed', data };
};

const groundFor = (command: CloseHazard, hazardId: string): ClosureGround => {
  const ground = command.data.legalGround;
  const { actor } = command.metadata;
  switch (ground?.kind) {
    case 'mine_closed':
      // The handler states whether the mine is closed; the decision number alone proves nothing.
      if (command.data.mineClosed !== true)
        throw new ClosureGroundNotMet(ground.kind, '矿山未关闭', 'the mine is not closed');
      return { kind: ground.kind, decisionNo: requireField(ground.decisionNo, '关闭决定文号 / decisionNo') };
    case 'merged':
      if (ground.intoHazardId === hazardId)
        throw new ClosureGroundNotMet(ground.kind, '不能并入自身', 'not into itself');
      return { kind: ground.kind, intoHazardId: requireField(ground.intoHazardId, '并入的隐患 / intoHazardId') };
    case 'voided_by_leaders': {
      const approval = ground.approval;
      if (!approval || approval.signerId === actor.id || approval.role !== 'supervising_leader') {
        throw new ClosureGroundNotMet(ground.kind, '须另一名领导签名批准', 'needs a second leader’s signed approval');
      }
      return { kind: ground.kind, approval };
    }
    default:
      throw new ClosureGroundRequired();
  }
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
  const signature = requireOwnSignature(command.data.signature, actor, '作废隐患 / voiding a hazard');
  return [
    {
      type: 'HazardVoided',
      data: { hazardId: hazard.hazardId, reason, evidence, signature, voidedBy: actor.id, voidedAt: now },
    },
  ];
};
