import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SuspendMineProduction, mineCommandAccess, mineDecider } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';

import { MineDirectory, mineStream } from '../../shared/mine-directory';
import { SuspendMineProductionCommand } from './suspend-mine-production.command';

@CommandHandler(SuspendMineProductionCommand)
export class SuspendMineProductionHandler implements ICommandHandler<SuspendMineProductionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ mineId, body, actor, request }: SuspendMineProductionCommand): Promise<CommandAccepted> {
    const id = mineId;
    const command: Omit<SuspendMineProduction, 'metadata'> = {
      type: 'SuspendMineProduction',
      data: {
        mineId: id,
        orderNo: body.orderNo,
        reason: body.reason,
        scope:
          body.extent === 'partial'
            ? { extent: 'partial' as const, area: body.area ?? '' }
            : { extent: 'full' as const },
      },
    };
    return this.gateway.execute({
      id,
      streamId: mineStream(id),
      decider: mineDecider,
      access: mineCommandAccess.SuspendMineProduction,
      command,
      actor,
      target: await this.mines.scopeOf(id),
      request,
      reason: body.reason,
    });
  }
}
