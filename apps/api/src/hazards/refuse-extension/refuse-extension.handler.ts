import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RefuseExtension, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { RefuseExtensionCommand } from './refuse-extension.command';

@CommandHandler(RefuseExtensionCommand)
export class RefuseExtensionHandler implements ICommandHandler<RefuseExtensionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: RefuseExtensionCommand): Promise<CommandAccepted> {
    const command: Omit<RefuseExtension, 'metadata'> = {
      type: 'RefuseExtension',
      data: { hazardId, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.RefuseExtension,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
