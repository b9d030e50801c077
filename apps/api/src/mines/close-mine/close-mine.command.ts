import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { CloseMineRequest } from './close-mine.request';

export class CloseMineCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly body: CloseMineRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
