import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AssignRectificationRequest } from './assign-rectification.request';

export class AssignRectificationCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: AssignRectificationRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
