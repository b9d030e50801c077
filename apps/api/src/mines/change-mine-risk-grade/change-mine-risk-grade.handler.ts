import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChangeMineRiskGrade, riskGradingInForce, mineCommandAccess } from '@hazard-ledger/domain';
import { CLOCK, Clock } from '../../shared/clock';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingMine } from '../shared/existing-mine';
import { ChangeMineRiskGradeCommand } from './change-mine-risk-grade.command';

@CommandHandler(ChangeMineRiskGradeCommand)
export class ChangeMineRiskGradeHandler implements ICommandHandler<ChangeMineRiskGradeCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ mineId, body, actor, request }: ChangeMineRiskGradeCommand): Promise<CommandAccepted> {
    // The grade cites the A–D edition in force today (its legal source and effective date), not merely the newest.
    const gradingVersion = riskGradingInForce(this.clock.now()).version;
    const command: Omit<ChangeMineRiskGrade, 'metadata'> = {
      type: 'ChangeMineRiskGrade',
      data: { mineId, grade: body.grade, reason: body.reason, gradingVersion },
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
