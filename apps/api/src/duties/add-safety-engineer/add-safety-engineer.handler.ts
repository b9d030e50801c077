import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { enterpriseFileCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { AddSafetyEngineerCommand } from './add-safety-engineer.command';

@CommandHandler(AddSafetyEngineerCommand)
export class AddSafetyEngineerHandler implements ICommandHandler<AddSafetyEngineerCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ mineId, body, actor, request }: AddSafetyEngineerCommand): Promise<CommandAccepted> {
    const command = {
      type: 'AddSafetyEngineer' as const,
      data: { mineId, registrationNo: body.registrationNo, name: body.name, validUntil: body.validUntil },
    };
    return this.commands.run(
      {
        ...DUTY_RECORDS.enterpriseFile(mineId),
        access: enterpriseFileCommandAccess.AddSafetyEngineer,
        command,
        mineOf: () => mineId,
      },
      actor,
      request,
    );
  }
}
