import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { contractorCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS, mineOfRecord } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { EndContractorContractCommand } from './end-contractor-contract.command';

@CommandHandler(EndContractorContractCommand)
export class EndContractorContractHandler implements ICommandHandler<EndContractorContractCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ id, body, actor, request }: EndContractorContractCommand): Promise<CommandAccepted> {
    const command = {
      type: 'EndContractorContract' as const,
      data: { contractorId: id, endedOn: body.endedOn, reason: body.reason },
    };
    return this.commands.run(
      {
        ...DUTY_RECORDS.contractor(id),
        access: contractorCommandAccess.EndContractorContract,
        command,
        mineOf: mineOfRecord,
      },
      actor,
      request,
    );
  }
}
