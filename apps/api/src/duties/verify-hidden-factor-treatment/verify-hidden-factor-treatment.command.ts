import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { NoteRequest } from '../shared/duty-dto';

export class VerifyHiddenFactorTreatmentCommand extends Command<CommandAccepted> {
  constructor(
    readonly id: string,
    readonly body: NoteRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
