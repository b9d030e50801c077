import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SignOffHazardRequest } from './sign-off-hazard.request';

export class SignOffHazardCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: SignOffHazardRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
