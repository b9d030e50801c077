import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SuspendProductionRequest } from './suspend-production.request';

export class SuspendProductionCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: SuspendProductionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
