import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { EscalateHazardRequest } from './escalate-hazard.request';

export class EscalateHazardCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: EscalateHazardRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
