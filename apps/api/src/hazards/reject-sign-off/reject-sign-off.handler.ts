import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RejectSignOff, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory } from '../../shared/hazard-directory';
import { existingHazard } from '../shared/existing-hazard';
import { RejectSignOffCommand } from './reject-sign-off.command';

@CommandHandler(RejectSignOffCommand)
export class RejectSignOffHandler implements ICommandHandler<RejectSignOffCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: RejectSignOffCommand): Promise<CommandAccepted> {
    const command: Omit<RejectSignOff, 'metadata'> = {
      type: 'RejectSignOff',
      data: { hazardId, reason: body.reason, newDeadline: body.newDeadline },
    };
    return this.gateway.execute({
      ...(await existingHazard(this.hazards, hazardId)),
      access: hazardCommandAccess.RejectSignOff,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
