import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { GrantExtensionRequest } from './grant-extension.request';

export class GrantExtensionCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: GrantExtensionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
