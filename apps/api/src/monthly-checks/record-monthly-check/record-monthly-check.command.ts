import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordMonthlyCheckRequest } from './record-monthly-check.request';

export class RecordMonthlyCheckCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: RecordMonthlyCheckRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
