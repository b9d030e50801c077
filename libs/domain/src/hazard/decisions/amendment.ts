import { AmendHazardDescription, AmendHazardLocation } from '../hazard.commands';
import { AmendmentUnchanged, NotAuthorisedForAction } from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard } from '../hazard.state';
import { inStatus, isRegulator, requireField, requireReason } from './guards';
import { OPEN } from './statuses';

/** 修改留痕: the original stays in HazardDiscovered; each amendment records the value it replaces and why. */
export const amendDescription = (command: AmendHazardDescription, state: Hazard): HazardEvent[] => {
  const data = amendment(command, state, 'description');
  return [{ type: 'HazardDescriptionAmended', data }];
};

export const amendLocation = (command: AmendHazardLocation, state: Hazard): HazardEvent[] => {
  const data = amendment(command, state, 'location');
  return [{ type: 'HazardLocationAmended', data }];
};

const amendment = (
  command: AmendHazardDescription | AmendHazardLocation,
  state: Hazard,
  field: 'description' | 'location',
) => {
  const hazard = inStatus(state, command, OPEN);
  const { actor, now } = command.metadata;
  // Rewording a regulator's finding is how a hazard gets played down (倒查 trigger 3), so the enterprise may not.
  if (hazard.source === 'inspection' && !isRegulator(actor)) {
    throw new NotAuthorisedForAction(actor.role, '修改监管部门发现的隐患记录 / amend a finding a regulator made');
  }
  const reason = requireReason(command.data.reason, `修改${field} / amending the ${field}`);
  const next = requireField(command.data.next, field);
  const previous = hazard[field];
  if (next.trim() === previous.trim()) throw new AmendmentUnchanged(field);
  return { hazardId: hazard.hazardId, previous, next, reason, amendedBy: actor.id, amendedAt: now };
};
