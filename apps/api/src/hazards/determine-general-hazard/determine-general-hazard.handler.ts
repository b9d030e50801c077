import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DetermineGeneralHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { DetermineGeneralHazardCommand } from './determine-general-hazard.command';

@CommandHandler(DetermineGeneralHazardCommand)
export class DetermineGeneralHazardHandler implements ICommandHandler<DetermineGeneralHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: DetermineGeneralHazardCommand): Promise<CommandAccepted> {
    const command: Omit<DetermineGeneralHazard, 'metadata'> = {
      type: 'DetermineGeneralHazard',
      data: { hazardId, clauseId: body.clauseId, justification: body.justification },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.DetermineGeneralHazard,
      command,
      actor,
      request,
      reason: body.justification,
    });
  }
}
