import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ApproveVoidRequest } from './approve-void.request';

export class ApproveVoidCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: ApproveVoidRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
