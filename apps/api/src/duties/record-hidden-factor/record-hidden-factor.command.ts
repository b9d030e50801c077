import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordHiddenFactorRequest } from './record-hidden-factor.request';

export class RecordHiddenFactorCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: RecordHiddenFactorRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
