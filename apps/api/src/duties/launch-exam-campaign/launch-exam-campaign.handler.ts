import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { examCampaignCommandAccess, physicalExamPolicyInForce } from '@hazard-ledger/domain';
import { newAggregateId } from '../../shared/aggregate-id';
import { CLOCK, Clock } from '../../shared/clock';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { LaunchExamCampaignCommand } from './launch-exam-campaign.command';

@CommandHandler(LaunchExamCampaignCommand)
export class LaunchExamCampaignHandler implements ICommandHandler<LaunchExamCampaignCommand> {
  constructor(
    private readonly commands: DutyCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ body, actor, request }: LaunchExamCampaignCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'exam-campaign');
    // The notice's dates are policy data (physical-exam@2024.1): an item without its own deadline takes 整改 by year end.
    const policy = physicalExamPolicyInForce(this.clock.now());
    const items = body.items.map((i) => ({
      itemId: i.itemId,
      item: i.item,
      owner: i.owner,
      deadline: i.deadline ?? policy.rectifyBy,
    }));
    const data = { campaignId: id, mineId: body.mineId, title: body.title, items, policyVersion: policy.version };
    const command = { type: 'LaunchExamCampaign' as const, data };
    return this.commands.run(
      {
        ...DUTY_RECORDS.examCampaign(id),
        access: examCampaignCommandAccess.LaunchExamCampaign,
        command,
        mineOf: () => body.mineId,
      },
      actor,
      request,
    );
  }
}
