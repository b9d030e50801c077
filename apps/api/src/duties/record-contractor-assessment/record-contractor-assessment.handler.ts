import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { contractorCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS, mineOfRecord } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RecordContractorAssessmentCommand } from './record-contractor-assessment.command';

@CommandHandler(RecordContractorAssessmentCommand)
export class RecordContractorAssessmentHandler implements ICommandHandler<RecordContractorAssessmentCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ id, body, actor, request }: RecordContractorAssessmentCommand): Promise<CommandAccepted> {
    const command = {
      type: 'RecordContractorAssessment' as const,
      data: { contractorId: id, month: body.month, score: body.score, findings: body.findings },
    };
    return this.commands.run(
      {
        ...DUTY_RECORDS.contractor(id),
        access: contractorCommandAccess.RecordContractorAssessment,
        command,
        mineOf: mineOfRecord,
      },
      actor,
      request,
    );
  }
}
