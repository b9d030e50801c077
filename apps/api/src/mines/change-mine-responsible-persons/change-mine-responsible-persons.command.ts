import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { ChangeMineResponsiblePersonsRequest } from './change-mine-responsible-persons.request';

export class ChangeMineResponsiblePersonsCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly body: ChangeMineResponsiblePersonsRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
