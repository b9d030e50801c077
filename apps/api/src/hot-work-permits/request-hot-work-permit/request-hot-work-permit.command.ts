import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RequestHotWorkPermitRequest } from './request-hot-work-permit.request';

export class RequestHotWorkPermitCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: RequestHotWorkPermitRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
