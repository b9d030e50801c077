import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { OpenTipAccountabilityRequest } from './open-tip-accountability.request';

export class OpenTipAccountabilityCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: OpenTipAccountabilityRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
