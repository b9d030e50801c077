import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SignMonthlyCheckRequest } from './sign-monthly-check.request';

export class SignMonthlyCheckCommand extends Command<CommandAccepted> {
  constructor(
    readonly checkId: string,
    readonly body: SignMonthlyCheckRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
