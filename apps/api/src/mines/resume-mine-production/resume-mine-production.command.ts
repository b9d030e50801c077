import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ResumeMineProductionRequest } from './resume-mine-production.request';

export class ResumeMineProductionCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly body: ResumeMineProductionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
