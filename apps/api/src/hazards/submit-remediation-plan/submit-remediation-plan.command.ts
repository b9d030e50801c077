import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SubmitRemediationPlanRequest } from './submit-remediation-plan.request';

export class SubmitRemediationPlanCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: SubmitRemediationPlanRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
