import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RegisterContractorRequest } from './register-contractor.request';

export class RegisterContractorCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: RegisterContractorRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
