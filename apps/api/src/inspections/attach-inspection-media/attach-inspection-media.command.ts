import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { AttachInspectionMediaRequest } from './attach-inspection-media.request';

export class AttachInspectionMediaCommand extends Command<CommandAccepted> {
  constructor(
    readonly inspectionId: string,
    readonly body: AttachInspectionMediaRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
