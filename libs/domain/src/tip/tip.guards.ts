import { TipCommand } from './tip.commands';
import { InvalidTipTransition, NotTipAssignee, TipDetailsInvalid, TipNotReceived } from './tip.errors';
import { ReceivedTip, Tip, TipStatus } from './tip.state';

/** The tip being acted on, in one of the states the command allows. */
export const existing = (state: Tip, command: TipCommand, allowed: readonly TipStatus[]): ReceivedTip => {
  if (state.status === 'not_received') throw new TipNotReceived(command.type);
  if (command.data.tipId !== state.tipId)
    throw new TipDetailsInvalid('tipId', '与所加载的举报不符', 'does not match the loaded tip');
  if (!allowed.includes(state.status)) throw new InvalidTipTransition(state.status, command.type);
  return state;
};

export const byAssignee = (tip: ReceivedTip, command: TipCommand): void => {
  if (tip.assignee?.userId !== command.metadata.actor.id)
    throw new NotTipAssignee(command.metadata.actor.id, command.type);
};

export const meta = (command: TipCommand) => ({ tipId: command.data.tipId, by: command.metadata.actor.id });
