import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { PayTipRewardRequest } from './pay-tip-reward.request';

export class PayTipRewardCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: PayTipRewardRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
