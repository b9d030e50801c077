import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OpenLookbackCase } from '@hazard-ledger/domain';
import { newAggregateId } from '../../../shared/aggregate-id';
import { CommandAccepted, CommandGateway } from '../../../shared/command-gateway';
import { lookbackCaseRecord } from '../shared/existing-lookback-case';
import { OpenLookbackCaseCommand } from './open-lookback-case.command';

@CommandHandler(OpenLookbackCaseCommand)
export class OpenLookbackCaseHandler implements ICommandHandler<OpenLookbackCaseCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ body, actor, request }: OpenLookbackCaseCommand): Promise<CommandAccepted> {
    const caseId = newAggregateId(request, 'lookback-case');
    const { title, subject, scope, legalBasis } = body;
    const command: Omit<OpenLookbackCase, 'metadata'> = {
      type: 'OpenLookbackCase',
      data: { caseId, title, subject: { mineIds: subject.mineIds, personIds: subject.personIds }, scope, legalBasis },
    };
    return this.gateway.execute({ ...lookbackCaseRecord(caseId, command.type), command, actor, request });
  }
}
