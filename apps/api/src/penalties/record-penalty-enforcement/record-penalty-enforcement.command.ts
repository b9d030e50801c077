import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordPenaltyEnforcementRequest } from './record-penalty-enforcement.request';

export class RecordPenaltyEnforcementCommand extends Command<CommandAccepted> {
  constructor(
    readonly penaltyId: string,
    readonly body: RecordPenaltyEnforcementRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
