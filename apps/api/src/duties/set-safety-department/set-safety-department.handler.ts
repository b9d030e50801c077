import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { enterpriseFileCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { SetSafetyDepartmentCommand } from './set-safety-department.command';

@CommandHandler(SetSafetyDepartmentCommand)
export class SetSafetyDepartmentHandler implements ICommandHandler<SetSafetyDepartmentCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ mineId, body, actor, request }: SetSafetyDepartmentCommand): Promise<CommandAccepted> {
    const command = {
      type: 'SetSafetyDepartment' as const,
      data: { mineId, name: body.name, head: body.head, fullTimeStaff: body.fullTimeStaff },
    };
    return this.commands.run(
      {
        ...DUTY_RECORDS.enterpriseFile(mineId),
        access: enterpriseFileCommandAccess.SetSafetyDepartment,
        command,
        mineOf: () => mineId,
      },
      actor,
      request,
    );
  }
}
