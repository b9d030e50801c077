import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CompleteRectification, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { CompleteRectificationCommand } from './complete-rectification.command';

@CommandHandler(CompleteRectificationCommand)
export class CompleteRectificationHandler implements ICommandHandler<CompleteRectificationCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: CompleteRectificationCommand): Promise<CommandAccepted> {
    const command: Omit<CompleteRectification, 'metadata'> = {
      type: 'CompleteRectification',
      data: { hazardId, evidence: body.evidence },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.CompleteRectification,
      command,
      actor,
      request,
    });
  }
}
