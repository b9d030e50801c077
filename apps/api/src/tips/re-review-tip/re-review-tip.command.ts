import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ReReviewTipRequest } from './re-review-tip.request';

export class ReReviewTipCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: ReReviewTipRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
