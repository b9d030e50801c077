import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  DraftEnforcementPlan,
  enforcementPlanCommandAccess,
  enforcementPlanDecider,
  streams,
} from '@hazard-ledger/domain';
import { newAggregateId } from '../../shared/aggregate-id';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { PlanFacts } from '../shared/plan-facts';
import { DraftEnforcementPlanCommand } from './draft-enforcement-plan.command';

@CommandHandler(DraftEnforcementPlanCommand)
export class DraftEnforcementPlanHandler implements ICommandHandler<DraftEnforcementPlanCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly facts: PlanFacts,
  ) {}

  async execute({ body, actor, request }: DraftEnforcementPlanCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'enforcement-plan');
    const command: Omit<DraftEnforcementPlan, 'metadata'> = {
      type: 'DraftEnforcementPlan',
      data: {
        planId: id,
        jurisdiction: body.jurisdiction,
        year: body.year,
        frequencyPerGrade: { ...body.frequencyPerGrade },
        mines: await this.facts.minesOf(body.mines),
        policy: this.facts.policy(),
      },
    };
    return this.gateway.execute({
      id,
      streamId: streams.enforcementPlan(id),
      decider: enforcementPlanDecider,
      access: enforcementPlanCommandAccess.DraftEnforcementPlan,
      command,
      actor,
      scope: () => ({ mineId: '', jurisdiction: body.jurisdiction }),
      request,
    });
  }
}
