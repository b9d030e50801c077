import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SuspendMineProduction, mineCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingMine } from '../shared/existing-mine';
import { SuspendMineProductionCommand } from './suspend-mine-production.command';

@CommandHandler(SuspendMineProductionCommand)
export class SuspendMineProductionHandler implements ICommandHandler<SuspendMineProductionCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ mineId, body, actor, request }: SuspendMineProductionCommand): Promise<CommandAccepted> {
    const command: Omit<SuspendMineProduction, 'metadata'> = {
      type: 'SuspendMineProduction',
      data: {
        mineId,
        orderNo: body.orderNo,
        reason: body.reason,
        scope:
          body.extent === 'partial'
            ? { extent: 'partial' as const, area: body.area ?? '' }
            : { extent: 'full' as const },
      },
    };
    return this.gateway.execute({
      ...existingMine(mineId),
      access: mineCommandAccess.SuspendMineProduction,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
