import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { VerifyRectificationRequest } from './verify-rectification.request';

export class VerifyRectificationCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: VerifyRectificationRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
