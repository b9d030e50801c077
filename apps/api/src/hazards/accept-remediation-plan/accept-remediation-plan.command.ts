import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AcceptRemediationPlanRequest } from './accept-remediation-plan.request';

export class AcceptRemediationPlanCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: AcceptRemediationPlanRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
