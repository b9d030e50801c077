import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CompleteRectification, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory } from '../../shared/hazard-directory';
import { existingHazard } from '../shared/existing-hazard';
import { CompleteRectificationCommand } from './complete-rectification.command';

@CommandHandler(CompleteRectificationCommand)
export class CompleteRectificationHandler implements ICommandHandler<CompleteRectificationCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: CompleteRectificationCommand): Promise<CommandAccepted> {
    const command: Omit<CompleteRectification, 'metadata'> = {
      type: 'CompleteRectification',
      data: { hazardId, evidence: body.evidence },
    };
    return this.gateway.execute({
      ...(await existingHazard(this.hazards, hazardId)),
      access: hazardCommandAccess.CompleteRectification,
      command,
      actor,
      request,
    });
  }
}
