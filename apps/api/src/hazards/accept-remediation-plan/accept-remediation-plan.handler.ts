import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AcceptRemediationPlan, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { AcceptRemediationPlanCommand } from './accept-remediation-plan.command';

@CommandHandler(AcceptRemediationPlanCommand)
export class AcceptRemediationPlanHandler implements ICommandHandler<AcceptRemediationPlanCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, actor, request }: AcceptRemediationPlanCommand): Promise<CommandAccepted> {
    const command: Omit<AcceptRemediationPlan, 'metadata'> = { type: 'AcceptRemediationPlan', data: { hazardId } };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.AcceptRemediationPlan,
      command,
      actor,
      request,
    });
  }
}
