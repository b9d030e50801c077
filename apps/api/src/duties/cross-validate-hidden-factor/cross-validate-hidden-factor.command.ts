import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { CrossValidateHiddenFactorRequest } from './cross-validate-hidden-factor.request';

export class CrossValidateHiddenFactorCommand extends Command<CommandAccepted> {
  constructor(
    readonly id: string,
    readonly body: CrossValidateHiddenFactorRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
