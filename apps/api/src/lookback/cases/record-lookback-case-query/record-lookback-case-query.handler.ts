import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordLookbackCaseQuery } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../../shared/command-gateway';
import { lookbackCaseRecord } from '../shared/existing-lookback-case';
import { RecordLookbackCaseQueryCommand } from './record-lookback-case-query.command';

@CommandHandler(RecordLookbackCaseQueryCommand)
export class RecordLookbackCaseQueryHandler implements ICommandHandler<RecordLookbackCaseQueryCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ caseId, answer, actor, request }: RecordLookbackCaseQueryCommand): Promise<CommandAccepted> {
    const command: Omit<RecordLookbackCaseQuery, 'metadata'> = {
      type: 'RecordLookbackCaseQuery',
      data: { caseId, answer },
    };
    return this.gateway.execute({ ...lookbackCaseRecord(caseId, command.type), command, actor, request });
  }
}
