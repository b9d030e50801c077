import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { EndContractorContractRequest } from './end-contractor-contract.request';

export class EndContractorContractCommand extends Command<CommandAccepted> {
  constructor(
    readonly id: string,
    readonly body: EndContractorContractRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
