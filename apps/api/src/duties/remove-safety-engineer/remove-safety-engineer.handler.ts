import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { enterpriseFileCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RemoveSafetyEngineerCommand } from './remove-safety-engineer.command';

@CommandHandler(RemoveSafetyEngineerCommand)
export class RemoveSafetyEngineerHandler implements ICommandHandler<RemoveSafetyEngineerCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({
    mineId,
    registrationNo,
    body,
    actor,
    request,
  }: RemoveSafetyEngineerCommand): Promise<CommandAccepted> {
    const command = { type: 'RemoveSafetyEngineer' as const, data: { mineId, registrationNo, reason: body.reason } };
    return this.commands.run(
      {
        ...DUTY_RECORDS.enterpriseFile(mineId),
        access: enterpriseFileCommandAccess.RemoveSafetyEngineer,
        command,
        mineOf: () => mineId,
      },
      actor,
      request,
    );
  }
}
