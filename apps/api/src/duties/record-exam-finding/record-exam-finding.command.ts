import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordExamFindingRequest } from './record-exam-finding.request';

export class RecordExamFindingCommand extends Command<CommandAccepted> {
  constructor(
    readonly id: string,
    readonly itemId: string,
    readonly body: RecordExamFindingRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
