import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SendTipFeedbackRequest } from './send-tip-feedback.request';

export class SendTipFeedbackCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: SendTipFeedbackRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
