import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { VoidHazardRequest } from './void-hazard.request';

export class VoidHazardCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: VoidHazardRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
