import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AmendHazardDescription, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { AmendHazardDescriptionCommand } from './amend-hazard-description.command';

@CommandHandler(AmendHazardDescriptionCommand)
export class AmendHazardDescriptionHandler implements ICommandHandler<AmendHazardDescriptionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: AmendHazardDescriptionCommand): Promise<CommandAccepted> {
    const command: Omit<AmendHazardDescription, 'metadata'> = {
      type: 'AmendHazardDescription',
      data: { hazardId, next: body.next, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.AmendHazardDescription,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
