import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { CompleteRectificationRequest } from './complete-rectification.request';

export class CompleteRectificationCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: CompleteRectificationRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
