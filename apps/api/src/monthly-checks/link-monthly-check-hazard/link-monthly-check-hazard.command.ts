import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { LinkMonthlyCheckHazardRequest } from './link-monthly-check-hazard.request';

export class LinkMonthlyCheckHazardCommand extends Command<CommandAccepted> {
  constructor(
    readonly checkId: string,
    readonly body: LinkMonthlyCheckHazardRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
