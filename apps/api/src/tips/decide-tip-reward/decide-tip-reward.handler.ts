import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DecideTipReward, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { DecideTipRewardCommand } from './decide-tip-reward.command';

@CommandHandler(DecideTipRewardCommand)
export class DecideTipRewardHandler implements ICommandHandler<DecideTipRewardCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ tipId, body, actor, request }: DecideTipRewardCommand): Promise<CommandAccepted> {
    const command: Omit<DecideTipReward, 'metadata'> = { type: 'DecideTipReward', data: { tipId, level: body.level } };
    return this.gateway.execute({
      ...existingTip(tipId),
      access: tipCommandAccess.DecideTipReward,
      command,
      actor,
      request,
    });
  }
}
