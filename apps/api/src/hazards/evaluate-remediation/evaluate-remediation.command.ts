import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { EvaluateRemediationRequest } from './evaluate-remediation.request';

export class EvaluateRemediationCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: EvaluateRemediationRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
