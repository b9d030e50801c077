import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { SetSafetyDepartmentRequest } from './set-safety-department.request';

export class SetSafetyDepartmentCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly body: SetSafetyDepartmentRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
