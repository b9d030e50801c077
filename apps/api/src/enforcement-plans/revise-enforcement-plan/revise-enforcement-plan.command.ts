import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ReviseEnforcementPlanRequest } from './revise-enforcement-plan.request';

export class ReviseEnforcementPlanCommand extends Command<CommandAccepted> {
  constructor(
    readonly planId: string,
    readonly body: ReviseEnforcementPlanRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
