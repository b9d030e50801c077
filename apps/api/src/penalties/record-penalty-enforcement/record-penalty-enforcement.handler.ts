import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordPenaltyEnforcement, penaltyCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingPenalty } from '../shared/existing-penalty';
import { RecordPenaltyEnforcementCommand } from './record-penalty-enforcement.command';

@CommandHandler(RecordPenaltyEnforcementCommand)
export class RecordPenaltyEnforcementHandler implements ICommandHandler<RecordPenaltyEnforcementCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ penaltyId, body, actor, request }: RecordPenaltyEnforcementCommand): Promise<CommandAccepted> {
    const command: Omit<RecordPenaltyEnforcement, 'metadata'> = {
      type: 'RecordPenaltyEnforcement',
      data: { penaltyId, targetId: body.targetId, applicationNo: body.applicationNo, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingPenalty(this.mines, penaltyId),
      access: penaltyCommandAccess.RecordPenaltyEnforcement,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
