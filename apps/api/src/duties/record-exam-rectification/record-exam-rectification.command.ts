import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordExamRectificationRequest } from './record-exam-rectification.request';

export class RecordExamRectificationCommand extends Command<CommandAccepted> {
  constructor(
    readonly id: string,
    readonly itemId: string,
    readonly body: RecordExamRectificationRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
