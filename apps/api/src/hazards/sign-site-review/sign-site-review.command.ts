import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SignSiteReviewRequest } from './sign-site-review.request';

export class SignSiteReviewCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: SignSiteReviewRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
