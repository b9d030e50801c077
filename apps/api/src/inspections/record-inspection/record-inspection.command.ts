import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordInspectionRequest } from './record-inspection.request';

export class RecordInspectionCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: RecordInspectionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
