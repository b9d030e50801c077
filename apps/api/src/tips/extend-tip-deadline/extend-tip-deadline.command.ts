import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ExtendTipDeadlineRequest } from './extend-tip-deadline.request';

export class ExtendTipDeadlineCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: ExtendTipDeadlineRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
