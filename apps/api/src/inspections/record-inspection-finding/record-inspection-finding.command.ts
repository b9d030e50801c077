import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordInspectionFindingRequest } from './record-inspection-finding.request';

export class RecordInspectionFindingCommand extends Command<CommandAccepted> {
  constructor(
    readonly inspectionId: string,
    readonly body: RecordInspectionFindingRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
