import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordContractorAssessmentRequest } from './record-contractor-assessment.request';

export class RecordContractorAssessmentCommand extends Command<CommandAccepted> {
  constructor(
    readonly id: string,
    readonly body: RecordContractorAssessmentRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
