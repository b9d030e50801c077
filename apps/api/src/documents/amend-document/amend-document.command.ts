import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AmendDocumentRequest } from './amend-document.request';

export class AmendDocumentCommand extends Command<CommandAccepted> {
  constructor(
    readonly documentId: string,
    readonly body: AmendDocumentRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
