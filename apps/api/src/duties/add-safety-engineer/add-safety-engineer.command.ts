import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AddSafetyEngineerRequest } from './add-safety-engineer.request';

export class AddSafetyEngineerCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly body: AddSafetyEngineerRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
