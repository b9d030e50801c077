import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AmendHazardLocationRequest } from './amend-hazard-location.request';

export class AmendHazardLocationCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: AmendHazardLocationRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
