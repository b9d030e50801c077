import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AmendHazardLocation, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { AmendHazardLocationCommand } from './amend-hazard-location.command';

@CommandHandler(AmendHazardLocationCommand)
export class AmendHazardLocationHandler implements ICommandHandler<AmendHazardLocationCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: AmendHazardLocationCommand): Promise<CommandAccepted> {
    const command: Omit<AmendHazardLocation, 'metadata'> = {
      type: 'AmendHazardLocation',
      data: { hazardId, next: body.next, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.AmendHazardLocation,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
