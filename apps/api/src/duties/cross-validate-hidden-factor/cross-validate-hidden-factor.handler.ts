import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { HiddenFactorCommand, hiddenFactorCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS, mineOfRecord } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { CrossValidateHiddenFactorCommand } from './cross-validate-hidden-factor.command';

@CommandHandler(CrossValidateHiddenFactorCommand)
export class CrossValidateHiddenFactorHandler implements ICommandHandler<CrossValidateHiddenFactorCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ id, body, actor, request }: CrossValidateHiddenFactorCommand): Promise<CommandAccepted> {
    const command = {
      type: 'CrossValidateHiddenFactor' as const,
      data: { factorId: id, method: body.method, confirmed: body.confirmed, note: body.note },
    } as Omit<HiddenFactorCommand, 'metadata'>;
    return this.commands.run(
      {
        ...DUTY_RECORDS.hiddenFactor(id),
        access: hiddenFactorCommandAccess.CrossValidateHiddenFactor,
        command,
        mineOf: mineOfRecord,
      },
      actor,
      request,
    );
  }
}
