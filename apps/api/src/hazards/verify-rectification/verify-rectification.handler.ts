import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VerifyRectification, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { VerifyRectificationCommand } from './verify-rectification.command';

@CommandHandler(VerifyRectificationCommand)
export class VerifyRectificationHandler implements ICommandHandler<VerifyRectificationCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, actor, request }: VerifyRectificationCommand): Promise<CommandAccepted> {
    const command: Omit<VerifyRectification, 'metadata'> = { type: 'VerifyRectification', data: { hazardId } };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.VerifyRectification,
      command,
      actor,
      request,
    });
  }
}
