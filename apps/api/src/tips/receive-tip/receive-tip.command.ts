import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ReceiveTipRequest } from './receive-tip.request';

/** The answer to an intake: the tip's number and, once only, the claim code the reporter must be told. */
export type TipReceiptAccepted = CommandAccepted & { tipNo: string; claimCode?: string };

export class ReceiveTipCommand extends Command<TipReceiptAccepted> {
  constructor(
    readonly body: ReceiveTipRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
