import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestExtension, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { RequestExtensionCommand } from './request-extension.command';

@CommandHandler(RequestExtensionCommand)
export class RequestExtensionHandler implements ICommandHandler<RequestExtensionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: RequestExtensionCommand): Promise<CommandAccepted> {
    const command: Omit<RequestExtension, 'metadata'> = {
      type: 'RequestExtension',
      data: { hazardId, newDeadline: body.newDeadline, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.RequestExtension,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
