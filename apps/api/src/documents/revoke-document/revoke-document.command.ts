import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RevokeDocumentRequest } from './revoke-document.request';

export class RevokeDocumentCommand extends Command<CommandAccepted> {
  constructor(
    readonly documentId: string,
    readonly body: RevokeDocumentRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
