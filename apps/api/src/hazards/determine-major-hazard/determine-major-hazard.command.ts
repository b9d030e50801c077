import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DetermineMajorHazardRequest } from './determine-major-hazard.request';

export class DetermineMajorHazardCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: DetermineMajorHazardRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
