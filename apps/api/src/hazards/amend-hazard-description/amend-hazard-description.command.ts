import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AmendHazardDescriptionRequest } from './amend-hazard-description.request';

export class AmendHazardDescriptionCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: AmendHazardDescriptionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
