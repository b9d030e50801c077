import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RequestSignOffRequest } from './request-sign-off.request';

export class RequestSignOffCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: RequestSignOffRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
