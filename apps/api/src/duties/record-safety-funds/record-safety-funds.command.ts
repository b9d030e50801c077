import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordSafetyFundsRequest } from './record-safety-funds.request';

export class RecordSafetyFundsCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly body: RecordSafetyFundsRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
