import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { enterpriseFileCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RecordSafetyFundsCommand } from './record-safety-funds.command';

@CommandHandler(RecordSafetyFundsCommand)
export class RecordSafetyFundsHandler implements ICommandHandler<RecordSafetyFundsCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ mineId, body, actor, request }: RecordSafetyFundsCommand): Promise<CommandAccepted> {
    const command = {
      type: 'RecordSafetyFunds' as const,
      data: { mineId, year: body.year, drawnYuan: body.drawnYuan, usedYuan: body.usedYuan },
    };
    return this.commands.run(
      {
        ...DUTY_RECORDS.enterpriseFile(mineId),
        access: enterpriseFileCommandAccess.RecordSafetyFunds,
        command,
        mineOf: () => mineId,
      },
      actor,
      request,
    );
  }
}
