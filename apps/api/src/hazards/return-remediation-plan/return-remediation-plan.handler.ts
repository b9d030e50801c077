import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReturnRemediationPlan, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { ReturnRemediationPlanCommand } from './return-remediation-plan.command';

@CommandHandler(ReturnRemediationPlanCommand)
export class ReturnRemediationPlanHandler implements ICommandHandler<ReturnRemediationPlanCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: ReturnRemediationPlanCommand): Promise<CommandAccepted> {
    const command: Omit<ReturnRemediationPlan, 'metadata'> = {
      type: 'ReturnRemediationPlan',
      data: { hazardId, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.ReturnRemediationPlan,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
