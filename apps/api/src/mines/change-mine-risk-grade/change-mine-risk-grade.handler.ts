import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { currentRiskGrading, ChangeMineRiskGrade, mineCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingMine } from '../shared/existing-mine';
import { ChangeMineRiskGradeCommand } from './change-mine-risk-grade.command';

@CommandHandler(ChangeMineRiskGradeCommand)
export class ChangeMineRiskGradeHandler implements ICommandHandler<ChangeMineRiskGradeCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ mineId, body, actor, request }: ChangeMineRiskGradeCommand): Promise<CommandAccepted> {
    const command: Omit<ChangeMineRiskGrade, 'metadata'> = {
      type: 'ChangeMineRiskGrade',
      data: { mineId, grade: body.grade, reason: body.reason, gradingVersion: currentRiskGrading().version },
    };
    return this.gateway.execute({
      ...existingMine(mineId),
      access: mineCommandAccess.ChangeMineRiskGrade,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
