import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DraftDocumentRequest } from './draft-document.request';

export class DraftDocumentCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: DraftDocumentRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
