import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DiscoverHazardRequest } from './discover-hazard.request';

export class DiscoverHazardCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: DiscoverHazardRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
