import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EscalateHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { EscalateHazardCommand } from './escalate-hazard.command';

@CommandHandler(EscalateHazardCommand)
export class EscalateHazardHandler implements ICommandHandler<EscalateHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: EscalateHazardCommand): Promise<CommandAccepted> {
    const command: Omit<EscalateHazard, 'metadata'> = {
      type: 'EscalateHazard',
      data: { hazardId, caseNo: body.caseNo, targets: body.targets },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.EscalateHazard,
      command,
      actor,
      request,
    });
  }
}
