import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { CloseHazardRequest } from './close-hazard.request';

export class CloseHazardCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: CloseHazardRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
