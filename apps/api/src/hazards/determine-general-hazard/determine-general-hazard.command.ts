import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DetermineGeneralHazardRequest } from './determine-general-hazard.request';

export class DetermineGeneralHazardCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: DetermineGeneralHazardRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
