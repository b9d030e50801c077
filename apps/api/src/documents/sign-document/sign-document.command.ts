import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SignDocumentRequest } from './sign-document.request';

export class SignDocumentCommand extends Command<CommandAccepted> {
  constructor(
    readonly documentId: string,
    readonly body: SignDocumentRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
