import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LiftSuspension, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { LiftSuspensionCommand } from './lift-suspension.command';

@CommandHandler(LiftSuspensionCommand)
export class LiftSuspensionHandler implements ICommandHandler<LiftSuspensionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: LiftSuspensionCommand): Promise<CommandAccepted> {
    const command: Omit<LiftSuspension, 'metadata'> = {
      type: 'LiftSuspension',
      data: { hazardId, orderNo: body.orderNo, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.LiftSuspension,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
