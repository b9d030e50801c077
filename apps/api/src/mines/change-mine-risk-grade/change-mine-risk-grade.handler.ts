import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { currentRiskGrading, ChangeMineRiskGrade, mineCommandAccess, mineDecider } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';

import { MineDirectory, mineStream } from '../../shared/mine-directory';
import { ChangeMineRiskGradeCommand } from './change-mine-risk-grade.command';

@CommandHandler(ChangeMineRiskGradeCommand)
export class ChangeMineRiskGradeHandler implements ICommandHandler<ChangeMineRiskGradeCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ mineId, body, actor, request }: ChangeMineRiskGradeCommand): Promise<CommandAccepted> {
    const id = mineId;
    const command: Omit<ChangeMineRiskGrade, 'metadata'> = {
      type: 'ChangeMineRiskGrade',
      data: { mineId: id, grade: body.grade, reason: body.reason, gradingVersion: currentRiskGrading().version },
    };
    return this.gateway.execute({
      id,
      streamId: mineStream(id),
      decider: mineDecider,
      access: mineCommandAccess.ChangeMineRiskGrade,
      command,
      actor,
      target: await this.mines.scopeOf(id),
      request,
      reason: body.reason,
    });
  }
}
