import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordTipObjectionRequest } from './record-tip-objection.request';

export class RecordTipObjectionCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: RecordTipObjectionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
