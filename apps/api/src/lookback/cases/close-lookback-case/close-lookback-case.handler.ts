import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CloseLookbackCase } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../../shared/command-gateway';
import { lookbackCaseRecord } from '../shared/existing-lookback-case';
import { CloseLookbackCaseCommand } from './close-lookback-case.command';

@CommandHandler(CloseLookbackCaseCommand)
export class CloseLookbackCaseHandler implements ICommandHandler<CloseLookbackCaseCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ caseId, body, actor, request }: CloseLookbackCaseCommand): Promise<CommandAccepted> {
    const command: Omit<CloseLookbackCase, 'metadata'> = {
      type: 'CloseLookbackCase',
      data: { caseId, conclusion: body.conclusion },
    };
    return this.gateway.execute({ ...lookbackCaseRecord(caseId, command.type), command, actor, request });
  }
}
