import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DecideTipRewardRequest } from './decide-tip-reward.request';

export class DecideTipRewardCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: DecideTipRewardRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
