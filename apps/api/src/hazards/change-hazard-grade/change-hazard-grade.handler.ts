import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChangeHazardGrade, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { ChangeHazardGradeCommand } from './change-hazard-grade.command';

@CommandHandler(ChangeHazardGradeCommand)
export class ChangeHazardGradeHandler implements ICommandHandler<ChangeHazardGradeCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: ChangeHazardGradeCommand): Promise<CommandAccepted> {
    const command: Omit<ChangeHazardGrade, 'metadata'> = {
      type: 'ChangeHazardGrade',
      data: { hazardId, to: body.to, reason: body.reason, clauseId: body.clauseId },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.ChangeHazardGrade,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
