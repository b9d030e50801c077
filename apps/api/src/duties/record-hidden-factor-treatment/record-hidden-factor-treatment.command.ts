import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordHiddenFactorTreatmentRequest } from './record-hidden-factor-treatment.request';

export class RecordHiddenFactorTreatmentCommand extends Command<CommandAccepted> {
  constructor(
    readonly id: string,
    readonly body: RecordHiddenFactorTreatmentRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
