import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { examCampaignCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS, mineOfRecord } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RecordExamFindingCommand } from './record-exam-finding.command';

@CommandHandler(RecordExamFindingCommand)
export class RecordExamFindingHandler implements ICommandHandler<RecordExamFindingCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ id, itemId, body, actor, request }: RecordExamFindingCommand): Promise<CommandAccepted> {
    const command = {
      type: 'RecordExamFinding' as const,
      data: { campaignId: id, itemId, finding: body.finding, hazardId: body.hazardId ?? null },
    };
    return this.commands.run(
      {
        ...DUTY_RECORDS.examCampaign(id),
        access: examCampaignCommandAccess.RecordExamFinding,
        command,
        mineOf: mineOfRecord,
      },
      actor,
      request,
    );
  }
}
