import { LiftSuspension, SuspendProduction } from '../hazard.commands';
import {
  FieldRequired,
  NotAuthorisedForAction,
  SuspensionAlreadyInForce,
  SuspensionNotInForce,
} from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard, isMajor } from '../hazard.state';
import { inStatus, isRegulator, requireField, requireReason } from './guards';
import { OPEN, SUSPENDABLE } from './statuses';

/** Runs alongside the lifecycle: ordered by the enterprise itself or by the regulator (order number), at any open stage. */
export const suspendProduction = (command: SuspendProduction, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, SUSPENDABLE);
  const { actor, now } = command.metadata;
  const { scope, area } = command.data;
  if (hazard.suspension) throw new SuspensionAlreadyInForce(hazard.suspension.orderNo);
  if (scope === 'partial' && !area?.trim()) throw new FieldRequired('停产区域 / area');
  return [
    {
      type: 'ProductionSuspended',
      data: {
        hazardId: hazard.hazardId,
        scope,
        area,
        orderNo: requireField(command.data.orderNo, '停产指令编号 / orderNo'),
        issuer: isRegulator(actor) ? 'regulator' : 'enterprise',
        orderedBy: actor.id,
        suspendedAt: now,
      },
    },
  ];
};

/** 16号令 Art. 18: production resumes only after the regulator agrees, unless the enterprise stopped itself for a general hazard. */
export const liftSuspension = (command: LiftSuspension, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, OPEN);
  const { actor, now } = command.metadata;
  const { orderNo } = command.data;
  if (hazard.suspension?.orderNo !== orderNo) throw new SuspensionNotInForce(orderNo);
  const byEnterprise = !isRegulator(actor);
  if (byEnterprise && (hazard.suspension.issuer === 'regulator' || isMajor(hazard))) {
    throw new NotAuthorisedForAction(
      actor.role,
      '解除监管指令或重大隐患的停产 / lift a regulator order or a major-hazard suspension',
    );
  }
  const reason = requireReason(command.data.reason, '解除停产 / lifting a suspension');
  return [
    {
      type: 'SuspensionLifted',
      data: { hazardId: hazard.hazardId, orderNo, reason, liftedBy: actor.id, liftedAt: now },
    },
  ];
};
