import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DecidePenaltyRequest } from './decide-penalty.request';

export class DecidePenaltyCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: DecidePenaltyRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
