import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { LinkTipLaterEvidenceRequest } from './link-tip-later-evidence.request';

export class LinkTipLaterEvidenceCommand extends Command<CommandAccepted> {
  constructor(
    readonly tipId: string,
    readonly body: LinkTipLaterEvidenceRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
