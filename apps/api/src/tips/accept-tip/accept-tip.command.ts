import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AcceptTipRequest } from './accept-tip.request';

export class AcceptTipCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: AcceptTipRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
