import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { HiddenFactorCommand, hiddenFactorCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS, mineOfRecord } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RecordHiddenFactorTreatmentCommand } from './record-hidden-factor-treatment.command';

@CommandHandler(RecordHiddenFactorTreatmentCommand)
export class RecordHiddenFactorTreatmentHandler implements ICommandHandler<RecordHiddenFactorTreatmentCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ id, body, actor, request }: RecordHiddenFactorTreatmentCommand): Promise<CommandAccepted> {
    const command = {
      type: 'RecordHiddenFactorTreatment' as const,
      data: { factorId: id, stage: body.stage, measures: body.measures },
    } as Omit<HiddenFactorCommand, 'metadata'>;
    return this.commands.run(
      {
        ...DUTY_RECORDS.hiddenFactor(id),
        access: hiddenFactorCommandAccess.RecordHiddenFactorTreatment,
        command,
        mineOf: mineOfRecord,
      },
      actor,
      request,
    );
  }
}
