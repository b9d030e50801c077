import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ListForSupervisionRequest } from './list-for-supervision.request';

export class ListForSupervisionCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: ListForSupervisionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
