import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RefuseExtensionRequest } from './refuse-extension.request';

export class RefuseExtensionCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: RefuseExtensionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
