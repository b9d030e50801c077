import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { TipReceiptAccepted } from './receive-tip.handler';
import { ReceiveTipRequest } from './receive-tip.request';

export class ReceiveTipCommand extends Command<TipReceiptAccepted> {
  constructor(
    readonly body: ReceiveTipRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
