import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SubmitDualReportRequest } from './submit-dual-report.request';

export class SubmitDualReportCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: SubmitDualReportRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
