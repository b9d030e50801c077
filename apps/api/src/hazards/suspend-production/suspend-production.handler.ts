import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SuspendProduction, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { SuspendProductionCommand } from './suspend-production.command';

@CommandHandler(SuspendProductionCommand)
export class SuspendProductionHandler implements ICommandHandler<SuspendProductionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: SuspendProductionCommand): Promise<CommandAccepted> {
    const command: Omit<SuspendProduction, 'metadata'> = {
      type: 'SuspendProduction',
      data: { hazardId, scope: body.scope, area: body.area, orderNo: body.orderNo },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.SuspendProduction,
      command,
      actor,
      request,
    });
  }
}
