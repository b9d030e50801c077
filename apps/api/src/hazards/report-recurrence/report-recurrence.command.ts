import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ReportRecurrenceRequest } from './report-recurrence.request';

export class ReportRecurrenceCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: ReportRecurrenceRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
