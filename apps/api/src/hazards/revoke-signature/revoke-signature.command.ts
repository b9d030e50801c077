import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RevokeSignatureRequest } from './revoke-signature.request';

export class RevokeSignatureCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: RevokeSignatureRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
