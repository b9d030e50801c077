import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RejectSignOffRequest } from './reject-sign-off.request';

export class RejectSignOffCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: RejectSignOffRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
