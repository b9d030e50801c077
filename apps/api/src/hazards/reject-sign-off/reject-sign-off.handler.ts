import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RejectSignOff, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { RejectSignOffCommand } from './reject-sign-off.command';

@CommandHandler(RejectSignOffCommand)
export class RejectSignOffHandler implements ICommandHandler<RejectSignOffCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: RejectSignOffCommand): Promise<CommandAccepted> {
    const command: Omit<RejectSignOff, 'metadata'> = {
      type: 'RejectSignOff',
      data: { hazardId, reason: body.reason, newDeadline: body.newDeadline },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.RejectSignOff,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
