import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { RecordOperatorCertificateRequest } from './record-operator-certificate.request';

export class RecordOperatorCertificateCommand extends Command<CommandAccepted> {
  constructor(
    readonly mineId: string,
    readonly body: RecordOperatorCertificateRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
