import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { examCampaignCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS, mineOfRecord } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RecordExamRectificationCommand } from './record-exam-rectification.command';

@CommandHandler(RecordExamRectificationCommand)
export class RecordExamRectificationHandler implements ICommandHandler<RecordExamRectificationCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ id, itemId, body, actor, request }: RecordExamRectificationCommand): Promise<CommandAccepted> {
    const command = {
      type: 'RecordExamRectification' as const,
      data: { campaignId: id, itemId, rectification: body.rectification },
    };
    return this.commands.run(
      {
        ...DUTY_RECORDS.examCampaign(id),
        access: examCampaignCommandAccess.RecordExamRectification,
        command,
        mineOf: mineOfRecord,
      },
      actor,
      request,
    );
  }
}
