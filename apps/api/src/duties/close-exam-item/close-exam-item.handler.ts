import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { examCampaignCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS, mineOfRecord } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { CloseExamItemCommand } from './close-exam-item.command';

@CommandHandler(CloseExamItemCommand)
export class CloseExamItemHandler implements ICommandHandler<CloseExamItemCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ id, itemId, body, actor, request }: CloseExamItemCommand): Promise<CommandAccepted> {
    const command = { type: 'CloseExamItem' as const, data: { campaignId: id, itemId, note: body.note } };
    return this.commands.run(
      {
        ...DUTY_RECORDS.examCampaign(id),
        access: examCampaignCommandAccess.CloseExamItem,
        command,
        mineOf: mineOfRecord,
      },
      actor,
      request,
    );
  }
}
