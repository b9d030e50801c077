import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor, CaseAnswer } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../../shared/command-gateway';

/** A query run inside a case (GET /lookback/:id?caseId=): the run controller answers, then records it here. */
export class RecordLookbackCaseQueryCommand extends Command<CommandAccepted> {
  constructor(
    readonly caseId: string,
    readonly answer: CaseAnswer,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
