import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RectifyOnSpotRequest } from './rectify-on-spot.request';

export class RectifyOnSpotCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: RectifyOnSpotRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
