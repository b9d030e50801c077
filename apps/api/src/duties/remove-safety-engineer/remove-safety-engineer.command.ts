import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ReasonRequest } from '../shared/duty-dto';

export class RemoveSafetyEngineerCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly registrationNo: string,
    readonly body: ReasonRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
