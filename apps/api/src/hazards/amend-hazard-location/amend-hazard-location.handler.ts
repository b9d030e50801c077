import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AmendHazardLocation, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory } from '../../shared/hazard-directory';
import { existingHazard } from '../shared/existing-hazard';
import { AmendHazardLocationCommand } from './amend-hazard-location.command';

@CommandHandler(AmendHazardLocationCommand)
export class AmendHazardLocationHandler implements ICommandHandler<AmendHazardLocationCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: AmendHazardLocationCommand): Promise<CommandAccepted> {
    const command: Omit<AmendHazardLocation, 'metadata'> = {
      type: 'AmendHazardLocation',
      data: { hazardId, next: body.next, reason: body.reason },
    };
    return this.gateway.execute({
      ...(await existingHazard(this.hazards, hazardId)),
      access: hazardCommandAccess.AmendHazardLocation,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
