import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ApproveEnforcementPlanRequest } from './approve-enforcement-plan.request';

export class ApproveEnforcementPlanCommand extends Command<CommandAccepted> {
  constructor(
    readonly planId: string,
    readonly body: ApproveEnforcementPlanRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
