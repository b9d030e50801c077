import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RefuseTip, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { RefuseTipCommand } from './refuse-tip.command';

@CommandHandler(RefuseTipCommand)
export class RefuseTipHandler implements ICommandHandler<RefuseTipCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ tipId, body, actor, request }: RefuseTipCommand): Promise<CommandAccepted> {
    const command: Omit<RefuseTip, 'metadata'> = { type: 'RefuseTip', data: { tipId, reason: body.reason } };
    return this.gateway.execute({ ...existingTip(tipId), access: tipCommandAccess.RefuseTip, command, actor, request });
  }
}
