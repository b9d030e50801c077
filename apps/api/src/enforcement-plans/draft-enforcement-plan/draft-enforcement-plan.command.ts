import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DraftEnforcementPlanRequest } from './draft-enforcement-plan.request';

export class DraftEnforcementPlanCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: DraftEnforcementPlanRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
