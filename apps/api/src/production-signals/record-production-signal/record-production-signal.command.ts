import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordProductionSignalRequest } from './record-production-signal.request';

export class RecordProductionSignalCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: RecordProductionSignalRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
