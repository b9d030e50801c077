import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RegisterMineRequest } from './register-mine.request';

export class RegisterMineCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: RegisterMineRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
