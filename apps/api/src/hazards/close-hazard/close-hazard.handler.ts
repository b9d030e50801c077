import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CloseHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { CloseHazardCommand } from './close-hazard.command';

@CommandHandler(CloseHazardCommand)
export class CloseHazardHandler implements ICommandHandler<CloseHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: CloseHazardCommand): Promise<CommandAccepted> {
    const command: Omit<CloseHazard, 'metadata'> = { type: 'CloseHazard', data: { hazardId, reason: body.reason } };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.CloseHazard,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
