import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SuspendMineProductionRequest } from './suspend-mine-production.request';

export class SuspendMineProductionCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly body: SuspendMineProductionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
