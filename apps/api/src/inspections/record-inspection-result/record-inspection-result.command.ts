import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordInspectionResultRequest } from './record-inspection-result.request';

export class RecordInspectionResultCommand extends Command<CommandAccepted> {
  constructor(
    readonly inspectionId: string,
    readonly body: RecordInspectionResultRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
