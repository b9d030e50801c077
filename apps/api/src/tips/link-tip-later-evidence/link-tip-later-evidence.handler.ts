import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LinkTipLaterEvidence, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { LinkTipLaterEvidenceCommand } from './link-tip-later-evidence.command';

@CommandHandler(LinkTipLaterEvidenceCommand)
export class LinkTipLaterEvidenceHandler implements ICommandHandler<LinkTipLaterEvidenceCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ tipId, body, actor, request }: LinkTipLaterEvidenceCommand): Promise<CommandAccepted> {
    const command: Omit<LinkTipLaterEvidence, 'metadata'> = {
      type: 'LinkTipLaterEvidence',
      data: { tipId, evidence: { kind: body.kind, id: body.evidenceId }, summary: body.summary },
    };
    return this.gateway.execute({
      ...existingTip(tipId),
      access: tipCommandAccess.LinkTipLaterEvidence,
      command,
      actor,
      request,
    });
  }
}
