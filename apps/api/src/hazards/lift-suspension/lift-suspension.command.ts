import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { LiftSuspensionRequest } from './lift-suspension.request';

export class LiftSuspensionCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: LiftSuspensionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
