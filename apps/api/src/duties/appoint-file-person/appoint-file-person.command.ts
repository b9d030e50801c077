import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AppointFilePersonRequest } from './appoint-file-person.request';

export class AppointFilePersonCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly body: AppointFilePersonRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
