import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ReturnRemediationPlanRequest } from './return-remediation-plan.request';

export class ReturnRemediationPlanCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: ReturnRemediationPlanRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
