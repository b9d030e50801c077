import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SignInspectionResultRequest } from './sign-inspection-result.request';

export class SignInspectionResultCommand extends Command<CommandAccepted> {
  constructor(
    readonly inspectionId: string,
    readonly body: SignInspectionResultRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
