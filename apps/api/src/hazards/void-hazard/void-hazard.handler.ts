import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VoidHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { VoidHazardCommand } from './void-hazard.command';

@CommandHandler(VoidHazardCommand)
export class VoidHazardHandler implements ICommandHandler<VoidHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: VoidHazardCommand): Promise<CommandAccepted> {
    const command: Omit<VoidHazard, 'metadata'> = {
      type: 'VoidHazard',
      data: { hazardId, reason: body.reason, evidence: body.evidence },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.VoidHazard,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
