import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { VerifyTipRequest } from './verify-tip.request';

export class VerifyTipCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: VerifyTipRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
