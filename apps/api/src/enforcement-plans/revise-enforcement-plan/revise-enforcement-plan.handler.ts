import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DraftEnforcementPlan, enforcementPlanCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingPlan } from '../shared/existing-plan';
import { PlanFacts } from '../shared/plan-facts';
import { ReviseEnforcementPlanCommand } from './revise-enforcement-plan.command';

@CommandHandler(ReviseEnforcementPlanCommand)
export class ReviseEnforcementPlanHandler implements ICommandHandler<ReviseEnforcementPlanCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly facts: PlanFacts,
  ) {}

  async execute({ planId, body, actor, request }: ReviseEnforcementPlanCommand): Promise<CommandAccepted> {
    const command: Omit<DraftEnforcementPlan, 'metadata'> = {
      type: 'DraftEnforcementPlan',
      data: {
        planId,
        jurisdiction: body.jurisdiction,
        year: body.year,
        frequencyPerGrade: { ...body.frequencyPerGrade },
        mines: await this.facts.minesOf(body.mines),
        policy: this.facts.policy(),
      },
    };
    return this.gateway.execute({
      ...existingPlan(planId),
      access: enforcementPlanCommandAccess.DraftEnforcementPlan,
      command,
      actor,
      request,
    });
  }
}
