import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordHiddenFactor, hiddenFactorCommandAccess } from '@hazard-ledger/domain';
import { newAggregateId } from '../../shared/aggregate-id';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RecordHiddenFactorCommand } from './record-hidden-factor.command';

@CommandHandler(RecordHiddenFactorCommand)
export class RecordHiddenFactorHandler implements ICommandHandler<RecordHiddenFactorCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ body, actor, request }: RecordHiddenFactorCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'hidden-factor');
    const data = { ...body, factorId: id } as RecordHiddenFactor['data'];
    const command = { type: 'RecordHiddenFactor' as const, data };
    return this.commands.run(
      {
        ...DUTY_RECORDS.hiddenFactor(id),
        access: hiddenFactorCommandAccess.RecordHiddenFactor,
        command,
        mineOf: () => body.mineId,
      },
      actor,
      request,
    );
  }
}
