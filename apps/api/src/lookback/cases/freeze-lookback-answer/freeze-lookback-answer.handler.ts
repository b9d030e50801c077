import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FreezeLookbackCaseAnswer } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../../shared/command-gateway';
import { caseAnswerOf } from '../case-answer';
import { LookbackCases, answerBytes } from '../lookback-cases';
import { lookbackCaseRecord } from '../shared/existing-lookback-case';
import { FreezeLookbackAnswerCommand } from './freeze-lookback-answer.command';

@CommandHandler(FreezeLookbackAnswerCommand)
export class FreezeLookbackAnswerHandler implements ICommandHandler<FreezeLookbackAnswerCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly cases: LookbackCases,
  ) {}

  /** The bytes are kept first, so a frozen digest in the log always names bytes that exist. */
  async execute({ caseId, answer, actor, request }: FreezeLookbackAnswerCommand): Promise<CommandAccepted> {
    const { caseId: inCase, query, params, cut, rows } = answer;
    const { body, answerDigest } = answerBytes({ caseId: inCase, query, params, cut, rows });
    await this.cases.keep(caseId, body, answerDigest);
    const command: Omit<FreezeLookbackCaseAnswer, 'metadata'> = {
      type: 'FreezeLookbackCaseAnswer',
      data: { caseId, answer: caseAnswerOf(answer) },
    };
    return this.gateway.execute({ ...lookbackCaseRecord(caseId, command.type), command, actor, request });
  }
}
