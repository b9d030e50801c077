import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssignRectification, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory } from '../../shared/hazard-directory';
import { existingHazard } from '../shared/existing-hazard';
import { AssignRectificationCommand } from './assign-rectification.command';

@CommandHandler(AssignRectificationCommand)
export class AssignRectificationHandler implements ICommandHandler<AssignRectificationCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: AssignRectificationCommand): Promise<CommandAccepted> {
    const command: Omit<AssignRectification, 'metadata'> = {
      type: 'AssignRectification',
      data: { hazardId, assignee: body.assignee, deadline: body.deadline },
    };
    return this.gateway.execute({
      ...(await existingHazard(this.hazards, hazardId)),
      access: hazardCommandAccess.AssignRectification,
      command,
      actor,
      request,
    });
  }
}
