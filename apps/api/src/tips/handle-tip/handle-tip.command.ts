import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { HandleTipRequest } from './handle-tip.request';

export class HandleTipCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: HandleTipRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
