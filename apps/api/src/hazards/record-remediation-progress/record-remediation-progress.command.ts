import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordRemediationProgressRequest } from './record-remediation-progress.request';

export class RecordRemediationProgressCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: RecordRemediationProgressRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
