import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ExamineClausesRequest } from './examine-clauses.request';

export class ExamineClausesCommand extends Command<CommandAccepted> {
  constructor(
    readonly inspectionId: string,
    readonly body: ExamineClausesRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
