import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ConductReinspectionRequest } from './conduct-reinspection.request';

export class ConductReinspectionCommand extends Command<CommandAccepted> {
  constructor(
    readonly hazardId: string,
    readonly body: ConductReinspectionRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
