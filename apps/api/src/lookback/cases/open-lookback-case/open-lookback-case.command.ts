import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../../shared/command-gateway';
import { OpenLookbackCaseRequest } from './open-lookback-case.request';

export class OpenLookbackCaseCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: OpenLookbackCaseRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
