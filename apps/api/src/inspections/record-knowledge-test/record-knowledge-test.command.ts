import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordKnowledgeTestRequest } from './record-knowledge-test.request';

export class RecordKnowledgeTestCommand extends Command<CommandAccepted> {
  constructor(
    readonly inspectionId: string,
    readonly body: RecordKnowledgeTestRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
