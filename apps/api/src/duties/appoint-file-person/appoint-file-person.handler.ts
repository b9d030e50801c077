import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EnterpriseFileCommand, enterpriseFileCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { AppointFilePersonCommand } from './appoint-file-person.command';

@CommandHandler(AppointFilePersonCommand)
export class AppointFilePersonHandler implements ICommandHandler<AppointFilePersonCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ mineId, body, actor, request }: AppointFilePersonCommand): Promise<CommandAccepted> {
    const command = {
      type: 'AppointFilePerson' as const,
      data: { mineId, post: body.post, name: body.name, since: body.since },
    } as Omit<EnterpriseFileCommand, 'metadata'>;
    return this.commands.run(
      {
        ...DUTY_RECORDS.enterpriseFile(mineId),
        access: enterpriseFileCommandAccess.AppointFilePerson,
        command,
        mineOf: () => mineId,
      },
      actor,
      request,
    );
  }
}
