import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ChangeHazardGradeRequest } from './change-hazard-grade.request';

export class ChangeHazardGradeCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: ChangeHazardGradeRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
