import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SubmitRemediationPlan, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { SubmitRemediationPlanCommand } from './submit-remediation-plan.command';

@CommandHandler(SubmitRemediationPlanCommand)
export class SubmitRemediationPlanHandler implements ICommandHandler<SubmitRemediationPlanCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: SubmitRemediationPlanCommand): Promise<CommandAccepted> {
    const command: Omit<SubmitRemediationPlan, 'metadata'> = {
      type: 'SubmitRemediationPlan',
      data: {
        hazardId,
        responsibility: body.responsibility,
        measures: body.measures,
        funds: body.funds,
        deadline: body.deadline,
        contingencyPlan: body.contingencyPlan,
        contributors: body.contributors,
      },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.SubmitRemediationPlan,
      command,
      actor,
      request,
    });
  }
}
