import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ServeDocumentRequest } from './serve-document.request';

export class ServeDocumentCommand extends Command<CommandAccepted> {
  constructor(
    readonly documentId: string,
    readonly body: ServeDocumentRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
