import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AcceptTip, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { AcceptTipCommand } from './accept-tip.command';

@CommandHandler(AcceptTipCommand)
export class AcceptTipHandler implements ICommandHandler<AcceptTipCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ tipId, actor, request }: AcceptTipCommand): Promise<CommandAccepted> {
    const command: Omit<AcceptTip, 'metadata'> = { type: 'AcceptTip', data: { tipId } };
    return this.gateway.execute({ ...existingTip(tipId), access: tipCommandAccess.AcceptTip, command, actor, request });
  }
}
