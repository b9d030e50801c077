import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordPenaltyPaymentRequest } from './record-penalty-payment.request';

export class RecordPenaltyPaymentCommand extends Command<CommandAccepted> {
  constructor(
    readonly penaltyId: string,
    readonly body: RecordPenaltyPaymentRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
