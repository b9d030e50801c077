import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConductReinspection, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { ConductReinspectionCommand } from './conduct-reinspection.command';

@CommandHandler(ConductReinspectionCommand)
export class ConductReinspectionHandler implements ICommandHandler<ConductReinspectionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: ConductReinspectionCommand): Promise<CommandAccepted> {
    const command: Omit<ConductReinspection, 'metadata'> = {
      type: 'ConductReinspection',
      data: { hazardId, conclusion: body.conclusion, findings: body.findings, newDeadline: body.newDeadline },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.ConductReinspection,
      command,
      actor,
      request,
    });
  }
}
