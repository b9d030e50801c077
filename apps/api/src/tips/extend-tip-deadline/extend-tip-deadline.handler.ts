import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ExtendTipDeadline, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { ExtendTipDeadlineCommand } from './extend-tip-deadline.command';

@CommandHandler(ExtendTipDeadlineCommand)
export class ExtendTipDeadlineHandler implements ICommandHandler<ExtendTipDeadlineCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ tipId, body, actor, request }: ExtendTipDeadlineCommand): Promise<CommandAccepted> {
    const command: Omit<ExtendTipDeadline, 'metadata'> = {
      type: 'ExtendTipDeadline',
      data: { tipId, days: body.days, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingTip(tipId),
      access: tipCommandAccess.ExtendTipDeadline,
      command,
      actor,
      request,
    });
  }
}
