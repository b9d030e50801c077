import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ChangeMineRiskGradeRequest } from './change-mine-risk-grade.request';

export class ChangeMineRiskGradeCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly body: ChangeMineRiskGradeRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
