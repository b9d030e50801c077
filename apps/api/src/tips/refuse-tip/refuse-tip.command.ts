import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RefuseTipRequest } from './refuse-tip.request';

export class RefuseTipCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: RefuseTipRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
