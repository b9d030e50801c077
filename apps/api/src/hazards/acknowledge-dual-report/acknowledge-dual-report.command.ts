import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AcknowledgeDualReportRequest } from './acknowledge-dual-report.request';

export class AcknowledgeDualReportCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: AcknowledgeDualReportRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
