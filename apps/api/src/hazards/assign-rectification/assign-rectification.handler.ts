import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssignRectification, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { AssignRectificationCommand } from './assign-rectification.command';

@CommandHandler(AssignRectificationCommand)
export class AssignRectificationHandler implements ICommandHandler<AssignRectificationCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: AssignRectificationCommand): Promise<CommandAccepted> {
    const command: Omit<AssignRectification, 'metadata'> = {
      type: 'AssignRectification',
      data: { hazardId, assignee: body.assignee, deadline: body.deadline },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.AssignRectification,
      command,
      actor,
      request,
    });
  }
}
