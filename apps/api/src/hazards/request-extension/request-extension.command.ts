import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RequestExtensionRequest } from './request-extension.request';

export class RequestExtensionCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: RequestExtensionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
