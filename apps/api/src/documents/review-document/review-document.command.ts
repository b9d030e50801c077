import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ReviewDocumentRequest } from './review-document.request';

export class ReviewDocumentCommand extends Command<CommandAccepted> {
  constructor(
    readonly documentId: string,
    readonly body: ReviewDocumentRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
