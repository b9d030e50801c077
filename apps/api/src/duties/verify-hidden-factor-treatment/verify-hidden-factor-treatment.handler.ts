import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { hiddenFactorCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS, mineOfRecord } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { VerifyHiddenFactorTreatmentCommand } from './verify-hidden-factor-treatment.command';

@CommandHandler(VerifyHiddenFactorTreatmentCommand)
export class VerifyHiddenFactorTreatmentHandler implements ICommandHandler<VerifyHiddenFactorTreatmentCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ id, body, actor, request }: VerifyHiddenFactorTreatmentCommand): Promise<CommandAccepted> {
    const command = { type: 'VerifyHiddenFactorTreatment' as const, data: { factorId: id, note: body.note } };
    return this.commands.run(
      {
        ...DUTY_RECORDS.hiddenFactor(id),
        access: hiddenFactorCommandAccess.VerifyHiddenFactorTreatment,
        command,
        mineOf: mineOfRecord,
      },
      actor,
      request,
    );
  }
}
