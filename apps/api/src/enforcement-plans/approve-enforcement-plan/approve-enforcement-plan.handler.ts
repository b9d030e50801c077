import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApproveEnforcementPlan, enforcementPlanCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingPlan } from '../shared/existing-plan';
import { ApproveEnforcementPlanCommand } from './approve-enforcement-plan.command';

@CommandHandler(ApproveEnforcementPlanCommand)
export class ApproveEnforcementPlanHandler implements ICommandHandler<ApproveEnforcementPlanCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ planId, body, actor, request }: ApproveEnforcementPlanCommand): Promise<CommandAccepted> {
    const command: Omit<ApproveEnforcementPlan, 'metadata'> = {
      type: 'ApproveEnforcementPlan',
      data: { planId, decision: body.decision, decisionNo: body.decisionNo },
    };
    return this.gateway.execute({
      ...existingPlan(planId),
      access: enforcementPlanCommandAccess.ApproveEnforcementPlan,
      command,
      actor,
      request,
    });
  }
}
