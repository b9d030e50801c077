import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AssignTipRequest } from './assign-tip.request';

export class AssignTipCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: AssignTipRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
