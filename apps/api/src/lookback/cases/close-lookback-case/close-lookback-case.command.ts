import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../../shared/command-gateway';
import { CloseLookbackCaseRequest } from './close-lookback-case.request';

export class CloseLookbackCaseCommand extends Command<CommandAccepted> {
  constructor(
    readonly caseId: string,
    readonly body: CloseLookbackCaseRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
